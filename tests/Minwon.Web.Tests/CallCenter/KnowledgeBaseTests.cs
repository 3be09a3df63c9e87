using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Knowledge;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.CallCenter.TelephonyTestKit;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.CallCenter;

/// <summary>The knowledge base: Korean search inside words (환불 in 환불받으려면), the public FAQ in both languages, editing rights.</summary>
public abstract class KnowledgeBaseTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public void Bigrams_find_a_word_inside_a_longer_korean_word()
    {
        var entry = KnowledgeBase.Grams("지방세를 잘못 냈을 때 환불받으려면 어떻게 하나요?");
        Assert.Superset(KnowledgeBase.Grams("환불"), entry);
        Assert.Superset(KnowledgeBase.Grams("환불 받으려면"), entry);
        Assert.False(KnowledgeBase.Grams("환급").IsSubsetOf(entry));
    }

    [Fact]
    public async Task Agents_and_citizens_find_refund_answers_by_a_part_of_the_word_unpublished_ones_stay_internal()
    {
        await EnsureStaffAsync(App);
        var marker = "쿠폰" + Guid.NewGuid().ToString("N")[..6];
        await App.ExecuteDbContextAsync(db => KnowledgeBase.AddRangeAsync(db,
        [
            new KnowledgeEntry { Topic = "내부", Question = $"{marker}을 환불받으려면?", Answer = "내부 안내용 답변", Published = false, UpdatedAt = DateTime.UtcNow },
        ]));

        var faq = await Client.GetStringAsync("/faq?q=" + Uri.EscapeDataString("환불"));
        Assert.Contains("지방세를 잘못 냈을 때 환불받으려면 어떻게 하나요?", faq);
        Assert.Contains("방과후학교 수강료를 환불받으려면?", faq);
        Assert.DoesNotContain("여권 발급은 얼마나 걸리나요?", faq);
        var hidden = await Client.GetStringAsync("/faq?q=" + Uri.EscapeDataString(marker));
        Assert.DoesNotContain("내부 안내용 답변", hidden);
        Assert.Contains("id=\"kb-empty\"", hidden);

        using var agent = await StaffCookieClientAsync(App, Agent);
        var kb = await agent.GetStringAsync("/staff/callcenter/kb?q=" + Uri.EscapeDataString(marker));
        Assert.Contains("내부 안내용 답변", kb);
        Assert.DoesNotContain("id=\"kb-add\"", kb);
        var refused = await PostFormAsync(agent, "/staff/callcenter/kb", [new("Topic", "x"), new("Question", "q"), new("Answer", "a")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var english = App.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var faqEn = await english.GetStringAsync("/faq?q=refund&culture=en");
        Assert.Contains("How do I get a refund of local tax paid by mistake?", faqEn);
        Assert.Contains("lang=\"en\"", faqEn);
    }

    [Fact]
    public async Task In_English_known_topics_are_translated_and_a_topic_staff_typed_shows_as_entered()
    {
        await EnsureStaffAsync(App);
        var marker = "자전거" + Guid.NewGuid().ToString("N")[..6];
        await App.ExecuteDbContextAsync(db => KnowledgeBase.AddRangeAsync(db,
        [
            new KnowledgeEntry { Topic = marker, Question = $"{marker} 보관소는 어디인가요?", Answer = "청사 뒤편입니다.", Published = true, UpdatedAt = DateTime.UtcNow },
        ]));
        using var english = App.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var faqEn = await english.GetStringAsync("/faq?q=refund&culture=en");
        Assert.Contains(">Taxes and refunds</span>", faqEn);
        Assert.DoesNotContain("세금·환불", faqEn);
        Assert.Contains($">{marker}</span>", await english.GetStringAsync("/faq?q=" + Uri.EscapeDataString(marker) + "&culture=en"));
        Assert.Contains(">세금·환불</span>", await Client.GetStringAsync("/faq?q=" + Uri.EscapeDataString("환불")));
    }

    [Fact]
    public async Task A_supervisor_adds_an_answer_bad_input_stores_nothing()
    {
        await EnsureStaffAsync(App);
        using var supervisor = await StaffCookieClientAsync(App, Supervisor);
        var topic = "테스트" + Guid.NewGuid().ToString("N")[..6];
        var invalid = await PostFormAsync(supervisor, "/staff/callcenter/kb", [new("Topic", topic), new("Question", ""), new("Answer", "답")]);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("질문을 300자 이내로 입력해 주세요.", await invalid.Content.ReadAsStringAsync());
        Assert.Contains("id=\"kb-empty\"", await supervisor.GetStringAsync("/staff/callcenter/kb?q=" + Uri.EscapeDataString(topic)));

        var ok = await PostFormAsync(supervisor, "/staff/callcenter/kb",
            [new("Topic", topic), new("Question", "전입신고는 온라인으로도 되나요?"), new("Answer", "정부24에서 할 수 있습니다."), new("Published", "true")]);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("전입신고는 온라인으로도 되나요?", await Client.GetStringAsync("/faq?q=" + Uri.EscapeDataString("전입")));
    }

    [Fact]
    public async Task Search_stays_correct_with_thousands_of_entries()
    {
        // letters only: a marker with digits (…399…) would share bigrams with the numbers searched for
        var marker = string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('g' + Convert.ToInt32(c.ToString(), 16))));
        await App.ExecuteDbContextAsync(db => KnowledgeBase.AddRangeAsync(db, Enumerable.Range(0, 3000).Select(i => new KnowledgeEntry
        {
            Topic = "대량", Question = $"{marker} 문의 {i}번: 주차 요금 정산과 감면 대상은 어떻게 되나요?",
            Answer = $"{marker} 답변 {i}: 장애인, 국가유공자, 경차는 주차 요금을 감면받을 수 있습니다.", Published = false, UpdatedAt = DateTime.UtcNow,
        })));
        await using var scope = App.Services.CreateAsyncScope();
        var kb = scope.ServiceProvider.GetRequiredService<KnowledgeBase>();
        var watch = Stopwatch.StartNew();
        var found = await kb.SearchAsync($"{marker} 2999번", publishedOnly: false, 20, CancellationToken.None);
        var first = watch.Elapsed;
        watch.Restart();
        await kb.SearchAsync("주차 요금 감면", publishedOnly: false, 20, CancellationToken.None);
        // Printed for the record (dotnet test --logger "console;verbosity=detailed"), never asserted.
        Console.WriteLine($"Knowledge search over {App.Database} with 3,000+ entries: first {first.TotalMilliseconds:0} ms, then {watch.Elapsed.TotalMilliseconds:0} ms");
        // Every bigram of "2999번" is also in 299번, 1299번 and 2299번: those match too, nothing else.
        Assert.Contains(found, e => e.Question.Contains(" 2999번", StringComparison.Ordinal));
        Assert.All(found, e => Assert.Matches(@" \d?299\d?번", e.Question));
        Assert.True(found.Count <= 4);
        var many = await kb.SearchAsync("감면받을", publishedOnly: false, 20, CancellationToken.None);
        Assert.Equal(20, many.Count);
    }
}

[Collection(Collections.Sqlite)] public sealed class KnowledgeBaseSqliteTests(SqliteApp app) : KnowledgeBaseTests(app);
[Collection(Collections.Postgres)] public sealed class KnowledgeBasePostgresTests(PostgresApp app) : KnowledgeBaseTests(app);
