using Microsoft.EntityFrameworkCore;
using Minwon.Web.Proactive;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;
using static Minwon.Web.Tests.Proactive.ProactiveTestKit;

namespace Minwon.Web.Tests.Proactive;

/// <summary>The demo institution comes with its proactive-administration programme, built through the committee's rules.</summary>
public abstract class ProactiveDemoTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_demo_has_published_best_cases_new_recommendations_training_and_a_plan()
    {
        await using var demo = await MinwonApp.StartAsync(App.Database, new MinwonAppOptions { SeedDemoData = true });

        // Last half-year: four eligible cases scored by the committee, the best three selected and published, one not
        // selected, one screened out. This half-year: two cases screened eligible, one new.
        var periods = await demo.ExecuteDbContextAsync(db => db.Set<ProactivePeriod>().OrderBy(p => p.StartsOn).ToListAsync());
        var statuses = (await demo.ExecuteDbContextAsync(db => db.Set<Recommendation>().Select(r => new { r.PeriodId, r.Status }).ToListAsync()))
            .ToLookup(r => r.PeriodId, r => r.Status);
        Assert.Equal(2, periods.Count);
        Assert.Equal(3, statuses[periods[0].Id].Count(s => s == RecommendationStatus.Selected));
        Assert.Equal(1, statuses[periods[0].Id].Count(s => s == RecommendationStatus.NotSelected));
        Assert.Equal(1, statuses[periods[0].Id].Count(s => s == RecommendationStatus.Ineligible));
        Assert.Equal(2, statuses[periods[1].Id].Count(s => s == RecommendationStatus.Eligible));
        Assert.Equal([RecommendationStatus.Submitted], statuses[null]);
        Assert.Equal(3, await demo.ExecuteDbContextAsync(db => db.Set<ReviewScore>().Where(s => db.Set<Recommendation>().Any(r => r.Id == s.RecommendationId && r.Status == RecommendationStatus.Selected))
            .Select(s => s.ReviewerId).Distinct().CountAsync()));

        var citizen = demo.CreateClient();
        var gallery = System.Net.WebUtility.HtmlDecode(await citizen.GetStringAsync("/proactive/gallery"));
        // The highest award first; the period named from its dates, in the reader's language.
        var order = new[] { "포트홀, 그날 밤에 메웁니다", "찾아가는 기초연금 신청", "악취, 숫자로 보고 바로 점검" }.Select(t => gallery.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain("시험 기간 일요일 도서관", gallery);
        var half = periods[0].StartsOn.Month == 1 ? ("상반기", "First half") : ("하반기", "Second half");
        Assert.Contains($"{periods[0].StartsOn.Year}년 {half.Item1}", gallery);
        var english = System.Net.WebUtility.HtmlDecode(await citizen.GetStringAsync("/proactive/gallery?culture=en"));
        Assert.Contains("Potholes filled the same night", english);
        Assert.Contains($"{half.Item2} of {periods[0].StartsOn.Year}", english);
        Assert.DoesNotContain(periods[0].Name, english);

        var supervisor = await StaffPagesAsync(demo, Supervisor);
        // A selected case reads "Selected" in English (the heading of the decision is another word), and a period
        // without an open vote offers no "close the vote now".
        var committee = System.Net.WebUtility.HtmlDecode(await supervisor.GetStringAsync("/staff/proactive?culture=en"));
        Assert.Contains(">Selected<", committee);
        Assert.DoesNotContain(">Selection<", committee);
        Assert.DoesNotContain("id=\"vote-close\"", await supervisor.GetStringAsync($"/staff/proactive/periods/{periods[0].Id}"));
        var trainings = await demo.ExecuteDbContextAsync(db => db.Set<TrainingSession>().Select(s => new { s.StartsAt, Enrolled = s.Enrolments.Count, Completed = s.Enrolments.Count(e => e.CompletedAt != null) }).ToListAsync());
        Assert.Equal(2, trainings.Count);
        var held = trainings.Single(t => t.StartsAt < DateTime.UtcNow);
        Assert.InRange(held.Completed, 1, held.Enrolled - 1);
        Assert.Contains("적극행정 면책제도와 사전컨설팅 이해", await supervisor.GetStringAsync("/staff/proactive/training"));
        var plan = System.Net.WebUtility.HtmlDecode(await supervisor.GetStringAsync($"/staff/proactive/plan?year={DateTime.UtcNow.AddHours(9).Year}"));
        Assert.Contains("야간 긴급보수반 상시 운영", plan);
    }
}

[Collection(Collections.Sqlite)] public sealed class ProactiveDemoSqliteTests(SqliteApp app) : ProactiveDemoTests(app);
[Collection(Collections.Postgres)] public sealed class ProactiveDemoPostgresTests(PostgresApp app) : ProactiveDemoTests(app);
