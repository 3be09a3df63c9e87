using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// 적극행정 end to end, once per language: a citizen recommends the handler of an answered complaint from its tracking
/// page; the committee screens it; reviewers score it (one out-of-range sheet refused, the road officer recused); the
/// public votes (a second vote refused); the case is selected and published without the official's name; the gallery
/// shows it. Then a training session records attendance and its department report downloads as XLSX.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProactiveJourneyTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    const string Officer = "officer@minwon.local", Supervisor = "supervisor@minwon.local", Admin = "admin@minwon.local", Colleague = "staff06@minwon.local";

    sealed record Texts(string Screened, string Scored, string OutOfRange, string Recused, string Voted, string Duplicate, string Published, string Attendance, string Completed);

    static readonly Texts Ko = new("검토 결과를 저장했습니다.", "심사 점수를 저장했습니다.", "점수는 0점부터 각 기준의 배점까지 입력할 수 있습니다.",
        "자기 부서의 후보는 심사할 수 없습니다(회피).", "투표해 주셔서 감사합니다.", "이미 이번 기간에 투표하셨습니다.", "공개 설정을 저장했습니다.",
        "출석과 이수를 기록했습니다.", "이수");
    static readonly Texts En = new("Screening saved.", "Scores saved.", "A score must be between 0 and the criterion's points.",
        "You cannot score a candidate from your own department (recusal).", "Thank you for voting.", "You have already voted in this period.",
        "Publication saved.", "Attendance and completion recorded.", "Completed");

    [Fact]
    public Task Korean_recommendation_is_screened_scored_voted_selected_and_published_unnamed() => JourneyAsync(Lang.Korean, Ko,
        title: "민원 절차를 직접 고쳐 주셨습니다", publicTitle: "도로 파손 신고 처리 절차 간소화");

    [Fact]
    public Task English_recommendation_is_screened_scored_voted_selected_and_published_unnamed() => JourneyAsync(Lang.English, En,
        title: "The official fixed the procedure itself", publicTitle: "Simpler road damage reports");

    async Task JourneyAsync(Lang lang, Texts t, string title, string publicTitle, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var suffix = Random.Shared.Next(1000, 10000).ToString(CultureInfo.InvariantCulture);
        var receipt = await AnsweredComplaintAsync($"010-2612-{suffix}");
        var officer = await Browser.App.ExecuteDbContextAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == Officer));
        var locale = lang.Code == "en" ? "en-US" : "ko-KR";
        var kstNow = DateTime.UtcNow.AddHours(9);

        // 1. The citizen looks the answered complaint up and follows "recommend this official".
        await StepAsync("01-track-recommend", async () =>
        {
            await Page.GotoAsync("/track");
            await ComplaintFormPage.SwitchLanguageAsync(Page, lang);
            await new TrackPage(Page, lang).LookUpAsync(receipt, suffix);
            await Page.Locator("#recommend-handler").ClickAsync();
            await Assertions.Expect(Page.Locator("#handler-alias")).ToContainTextAsync(lang.Alias(officer.PublicAlias));
            Assert.DoesNotContain(officer.RealName, await Page.ContentAsync());
        }, test: test);

        // 2. Fills in what changed and submits: a receipt number, the handler by alias only.
        var number = "";
        await StepAsync("02-recommendation-receipt", async () =>
        {
            await Page.Locator("#Input_Title").FillAsync(title);
            await Page.Locator("#Input_Description").FillAsync(lang.Code == "en" ? "My application could not be filed online; the official changed the procedure." : "온라인으로 신청할 수 없던 절차를 담당자가 직접 고쳤습니다.");
            await Page.Locator("#Input_Change").FillAsync(lang.Code == "en" ? "Online application added" : "온라인 신청 절차 신설");
            await ComplaintFormPage.CheckByLabelAsync(Page.Locator("#Input_Consent"));
            await Page.Locator("#submit-recommendation").ClickAsync();
            number = (await Page.Locator("#receipt-number").InnerTextAsync()).Trim();
            Assert.Matches(@"^AP-\d{4}-\d{6}$", number);
            await Assertions.Expect(Page.Locator("#receipt-nominee")).ToHaveTextAsync(lang.Alias(officer.PublicAlias));
            Assert.DoesNotContain(officer.RealName, await Page.ContentAsync());
        }, test: test);
        var id = long.Parse(number[^6..], CultureInfo.InvariantCulture);

        // 3. The status page with the verification.
        await StepAsync("03-status", async () =>
        {
            await Page.Locator("#status-link").ClickAsync();
            await Page.Locator("#Verification").FillAsync(suffix);
            await Page.Locator("#submit-status").ClickAsync();
            await Assertions.Expect(Page.Locator("#recommendation-status #receipt-number")).ToHaveTextAsync(number);
            await Assertions.Expect(Page.Locator("#status-nominee")).ToHaveTextAsync(lang.Alias(officer.PublicAlias));
        }, test: test);

        // 4. The supervisor opens a period and screens the recommendation eligible; the real name is visible to them only.
        var chair = await StaffAsync(Supervisor, lang, locale);
        var periodName = $"{kstNow:yyyy}-H2 {suffix}";
        await StepAsync("04-screened", async () =>
        {
            await chair.GotoAsync("/staff/proactive");
            await chair.Locator("#Name").FillAsync(periodName);
            await chair.Locator("#StartsOn").FillAsync($"{kstNow:yyyy}-07-01");
            await chair.Locator("#EndsOn").FillAsync($"{kstNow:yyyy}-12-31");
            await chair.Locator("#create-period").ClickAsync();
            await chair.WaitForURLAsync(new Regex(@"/staff/proactive/periods/\d+$"));
            await chair.GotoAsync($"/staff/proactive/recommendations/{id}");
            await Assertions.Expect(chair.Locator("#nominee")).ToContainTextAsync(officer.RealName);
            await ComplaintFormPage.CheckByLabelAsync(chair.Locator("#eligible-yes"));
            await chair.Locator("#PeriodId").SelectOptionAsync(new SelectOptionValue { Label = periodName });
            await chair.Locator("#Reason").FillAsync(lang.Code == "en" ? "A changed procedure, not mere kindness." : "절차를 바꾼 사례로 심사 대상입니다.");
            await chair.Locator("#screen-submit").ClickAsync();
            await Assertions.Expect(chair.Locator("#message")).ToContainTextAsync(t.Screened);
        }, chair, test);

        // 5. Reviewers score: an out-of-range sheet is refused; three reviewers of other departments score.
        await StepAsync("05-score-out-of-range", async () =>
        {
            await FillScoresAsync(chair, 31, 20, 15, 15);
            await Assertions.Expect(chair.Locator(".mw-form-errors")).ToContainTextAsync(t.OutOfRange);
            await Assertions.Expect(chair.Locator("#scores")).ToHaveCountAsync(0);
        }, chair, test);
        await StepAsync("06-scored-by-chair", async () =>
        {
            await FillScoresAsync(chair, 28, 27, 18, 17);
            await Assertions.Expect(chair.Locator("#message")).ToContainTextAsync(t.Scored);
        }, chair, test);
        foreach (var (email, points) in new[] { (Admin, new[] { 25, 25, 16, 14 }), (Colleague, new[] { 27, 24, 17, 16 }) })
        {
            var reviewer = await StaffAsync(email, lang, locale);
            await reviewer.GotoAsync($"/staff/proactive/recommendations/{id}");
            await FillScoresAsync(reviewer, points);
            await Assertions.Expect(reviewer.Locator("#message")).ToContainTextAsync(t.Scored);
        }

        // 6. The road officer, of the candidate's own department, is refused and the recusal recorded.
        var recused = await StaffAsync(Officer, lang, locale);
        await StepAsync("07-recused", async () =>
        {
            await recused.GotoAsync($"/staff/proactive/recommendations/{id}");
            await Assertions.Expect(recused.Locator("#recusal-notice")).ToBeVisibleAsync();
            await FillScoresAsync(recused, 30, 30, 20, 20);
            await Assertions.Expect(recused.Locator(".mw-form-errors")).ToContainTextAsync(t.Recused);
            await Assertions.Expect(recused.Locator("#scores .reviewer-row")).ToHaveCountAsync(3);
            await Assertions.Expect(recused.Locator("#recusals")).ToContainTextAsync(lang.Alias(officer.PublicAlias));
            Assert.DoesNotContain(officer.RealName, await recused.ContentAsync());
        }, recused, test);

        // 7. The chair writes the public text, shortlists it and opens the vote window.
        await StepAsync("08-vote-open", async () =>
        {
            await chair.GotoAsync($"/staff/proactive/recommendations/{id}");
            await chair.Locator("#PublicTitle").FillAsync(lang.Code == "en" ? "도로 파손 신고 간소화" : publicTitle);
            await chair.Locator("#PublicTitleEn").FillAsync(lang.Code == "en" ? publicTitle : "Simpler road damage reports");
            await chair.Locator("#PublicSummary").FillAsync("도로 파손 신고를 온라인으로 바로 접수하도록 절차를 바꿨습니다.");
            await chair.Locator("#PublicSummaryEn").FillAsync("Road damage can now be reported online directly.");
            await ComplaintFormPage.CheckByLabelAsync(chair.Locator("#Shortlisted"));
            await chair.Locator("#public-submit").ClickAsync();
            await Assertions.Expect(chair.Locator("#message")).ToBeVisibleAsync();
            var periodId = await Browser.App.ExecuteDbContextAsync(db => db.Set<Minwon.Web.Proactive.Recommendation>().Where(r => r.Id == id).Select(r => r.PeriodId).SingleAsync());
            await chair.GotoAsync($"/staff/proactive/periods/{periodId}");
            await chair.Locator("#VoteOpensAt").FillAsync(kstNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
            await chair.Locator("#VoteClosesAt").FillAsync(kstNow.AddHours(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
            await chair.Locator("#vote-save").ClickAsync();
            await Assertions.Expect(chair.Locator("#message")).ToBeVisibleAsync();
        }, chair, test);

        // 8. A citizen votes with an SMS code; a second vote from the same phone is refused.
        var voterPhone = $"010-3612-{suffix}";
        var voter = await NewPageAsync(locale);
        await StepAsync("09-voted", async () =>
        {
            await voter.GotoAsync("/proactive/vote");
            await ComplaintFormPage.SwitchLanguageAsync(voter, lang);
            await VoteAsync(voter, id, voterPhone);
            await Assertions.Expect(voter.Locator(".mw-notice")).ToContainTextAsync(t.Voted);
        }, voter, test);
        await StepAsync("10-second-vote-refused", async () =>
        {
            await voter.GotoAsync("/proactive/vote");
            await ComplaintFormPage.CheckByLabelAsync(voter.Locator($"#candidate-{id}"));
            await voter.Locator("#Name").FillAsync(lang.Code == "en" ? "Sam Lee" : "이투표");
            await voter.Locator("#Phone").FillAsync(voterPhone);
            await voter.Locator("#send-code").ClickAsync();
            await Assertions.Expect(voter.Locator(".mw-error-summary")).ToContainTextAsync(t.Duplicate);
        }, voter, test);
        Assert.Equal(1, await Browser.App.ExecuteDbContextAsync(db => db.Set<Minwon.Web.Proactive.PublicVote>().CountAsync(v => v.RecommendationId == id)));

        // 9. The chair closes the vote, the ranking counts it, and the result is public.
        await StepAsync("11-ranking", async () =>
        {
            await chair.Locator("#vote-close").ClickAsync();
            await Assertions.Expect(chair.Locator("#ranking")).ToContainTextAsync(number);
            await voter.GotoAsync("/proactive/vote");
            var response = await chair.Context.APIRequest.GetAsync(chair.Url.Split('?')[0] + "?handler=Minutes");
            Assert.Equal("application/pdf", response.Headers["content-type"]);
        }, chair, test);
        await StepAsync("12-vote-results", async () =>
        {
            await voter.GotoAsync("/proactive/vote");
            await Assertions.Expect(voter.Locator("#vote-results")).ToContainTextAsync(publicTitle);
        }, voter, test);

        // 10. Selected with an award and published without consent: the gallery shows the alias, never the name.
        await StepAsync("13-selected-published", async () =>
        {
            await chair.GotoAsync($"/staff/proactive/recommendations/{id}");
            await ComplaintFormPage.CheckByLabelAsync(chair.Locator("#Selected"));
            await chair.Locator("#Award").SelectOptionAsync("Grand");
            await chair.Locator("#Reward").FillAsync(lang.Code == "en" ? "Top performance bonus" : "성과급 최고등급");
            await chair.Locator("#select-submit").ClickAsync();
            await Assertions.Expect(chair.Locator("#publish-form")).ToBeVisibleAsync();
            await ComplaintFormPage.CheckByLabelAsync(chair.Locator("#Publish"));
            await chair.Locator("#publish-submit").ClickAsync();
            await Assertions.Expect(chair.Locator("#message")).ToContainTextAsync(t.Published);
        }, chair, test);
        await StepAsync("14-gallery", async () =>
        {
            await Page.GotoAsync("/proactive/gallery");
            var card = Page.Locator($"#case-{id}");
            await Assertions.Expect(card).ToContainTextAsync(publicTitle);
            await Assertions.Expect(card.Locator(".case-official")).ToContainTextAsync(lang.Alias(officer.PublicAlias));
            Assert.DoesNotContain(officer.RealName, await Page.ContentAsync());
        }, test: test);

        // 11. Training: a session enrols the road department, records attendance, and the report downloads as XLSX.
        await StepAsync("15-training", async () =>
        {
            await chair.GotoAsync("/staff/proactive/training");
            await chair.Locator("#Title").FillAsync(lang.Code == "en" ? $"Proactive administration basics {suffix}" : $"적극행정 면책 제도 이해 {suffix}");
            await ComplaintFormPage.CheckByLabelAsync(chair.Locator("#mode-online"));
            await chair.Locator("#StreamUrl").FillAsync("https://stream.example.kr/live/proactive");
            await chair.Locator("#StartsAt").FillAsync(kstNow.AddHours(-2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
            await chair.Locator("#session-create").ClickAsync();
            await chair.WaitForURLAsync(new Regex(@"/staff/proactive/training/\d+$"));
            await chair.Locator("#DepartmentId").SelectOptionAsync(new SelectOptionValue { Label = lang.Code == "en" ? "Roads and Transport Division" : "도로교통과" });
            await chair.Locator("#enrol-submit").ClickAsync();
            await Assertions.Expect(chair.Locator("#enrolments tbody tr").First).ToBeVisibleAsync();
            await ComplaintFormPage.CheckByLabelAsync(chair.Locator("#enrolments input[type=checkbox]").First);
            await chair.Locator("#attendance-submit").ClickAsync();
            await Assertions.Expect(chair.Locator("#message")).ToContainTextAsync(t.Attendance);
            await Assertions.Expect(chair.Locator(".certificate-link")).ToHaveCountAsync(1);
        }, chair, test);
        await StepAsync("16-training-report", async () =>
        {
            await chair.GotoAsync("/staff/proactive/training");
            await Assertions.Expect(chair.Locator("#training-chart svg")).ToBeVisibleAsync();
            var download = await chair.RunAndWaitForDownloadAsync(() => chair.Locator("#training-xlsx").ClickAsync());
            var path = Path.Combine(Path.GetTempPath(), $"training-{suffix}.xlsx");
            await download.SaveAsAsync(path);
            using var book = new XLWorkbook(path);
            var sheet = book.Worksheets.First();
            Assert.Equal(t.Completed, sheet.Cell(1, 4).GetString());
            Assert.True(sheet.RowsUsed().Skip(1).Sum(r => r.Cell(4).GetValue<int>()) >= 1);
        }, chair, test);
    }

    /// <summary>Files a road complaint over the API and has the road officer answer it over the staff API.</summary>
    async Task<string> AnsweredComplaintAsync(string phone)
    {
        using var http = new HttpClient { BaseAddress = Browser.BaseAddress };
        var category = await Browser.App.ExecuteDbContextAsync(db => db.Categories.Where(c => c.Department!.Code == "ROAD").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var filed = await http.PostAsJsonAsync("/api/v1/complaints", new { type = "Question", categoryId = category, title = "도로 파손 신고 절차 문의", body = "도로 파손을 신고하려면 방문해야 하나요?", name = "김추천", phone, consent = true });
        filed.EnsureSuccessStatusCode();
        var receipt = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { email = Officer, password = DemoSeeder.Password });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var id = long.Parse(receipt[^6..], CultureInfo.InvariantCulture);
        (await http.PostAsJsonAsync($"/api/v1/staff/complaints/{id}/answer", new { text = "온라인으로 바로 신고할 수 있도록 절차를 고쳤습니다." })).EnsureSuccessStatusCode();
        return receipt;
    }

    async Task<IPage> StaffAsync(string email, Lang lang, string locale)
    {
        var page = await NewPageAsync(locale);
        await new StaffPages(page, lang).LoginAsync(email, DemoSeeder.Password);
        return page;
    }

    static async Task FillScoresAsync(IPage page, params int[] points)
    {
        var inputs = page.Locator("#score-form input[type=number]");
        for (var i = 0; i < points.Length; i++) await inputs.Nth(i).FillAsync(points[i].ToString(CultureInfo.InvariantCulture));
        await page.Locator("#score-submit").ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    async Task VoteAsync(IPage page, long id, string phone)
    {
        await ComplaintFormPage.CheckByLabelAsync(page.Locator($"#candidate-{id}"));
        await page.Locator("#Name").FillAsync("최투표");
        await page.Locator("#Phone").FillAsync(phone);
        await page.Locator("#send-code").ClickAsync();
        await Assertions.Expect(page.Locator("#Code")).ToBeVisibleAsync();
        var sms = await Browser.App.ExecuteDbContextAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == phone).OrderByDescending(m => m.Id).FirstAsync());
        await page.Locator("#Code").FillAsync(Regex.Match(sms.Body, @"\d{6}").Value);
        await page.Locator("#submit-vote").ClickAsync();
    }
}
