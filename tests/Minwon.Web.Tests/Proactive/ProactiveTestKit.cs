using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Proactive;
using Minwon.Web.Seeding;
using Minwon.Web.Staff;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Proactive;

/// <summary>Arranging 적극행정 scenarios: an answered complaint, signed-in staff page clients, periods and eligible candidates.</summary>
public static class ProactiveTestKit
{
    public const string Phone = "010-2345-6789";

    /// <summary>Files a ROAD complaint through the API and has the ROAD officer answer it; returns the receipt number.</summary>
    public static async Task<string> AnsweredComplaintAsync(MinwonApp app)
    {
        await EnsureStaffAsync(app);
        var receipt = await FileAsync(app.CreateClient(), NewComplaint(await CategoryOfAsync(app, "ROAD"), phone: Phone));
        var officer = await StaffClientAsync(app, Officer);
        var answered = await officer.PostAsJsonAsync($"/api/v1/staff/complaints/{ComplaintId(receipt)}/answer", new { text = "민원 절차를 고쳐 온라인으로 바로 신청할 수 있게 했습니다." });
        if (!answered.IsSuccessStatusCode) throw new InvalidOperationException(await answered.Content.ReadAsStringAsync());
        return receipt;
    }

    /// <summary>A client signed in to the staff pages with the cookie of <paramref name="email"/>.</summary>
    public static async Task<HttpClient> StaffPagesAsync(MinwonApp app, string email)
    {
        var client = app.CreateClient();
        var response = await PostFormAsync(client, "/staff/login", [new("Email", email), new("Password", DemoSeeder.Password)]);
        if (response.RequestMessage!.RequestUri!.AbsolutePath == "/staff/login") throw new InvalidOperationException($"Sign-in of {email} failed.");
        return client;
    }

    public static Task<StaffUser> UserAsync(MinwonApp app, string email) =>
        app.ExecuteDbContextAsync(db => db.Users.AsNoTracking().FirstAsync(u => u.Email == email));

    public static async Task<T> WithAsync<T>(MinwonApp app, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>A period with the default criteria (30/30/20/20) and no vote yet.</summary>
    public static Task<ProactivePeriod> PeriodAsync(MinwonApp app, int juryShare = 80) =>
        WithAsync(app, async sp =>
        {
            await EnsureStaffAsync(app);
            var committee = sp.GetRequiredService<CommitteeService>();
            var (outcome, p) = await committee.CreatePeriodAsync($"테스트 기간 {Guid.NewGuid():N}"[..16], PeriodKind.HalfYear, new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31), juryShare, default);
            Assert.True(outcome.Succeeded);
            return (await committee.PeriodAsync(p!.Id, default))!;
        });

    /// <summary>Sets the vote window (UTC) once the candidates are shortlisted; returns the period as stored.</summary>
    public static Task<ProactivePeriod> VoteWindowAsync(MinwonApp app, int periodId, DateTime opensAt, DateTime closesAt, int juryShare = 80) =>
        WithAsync(app, async sp =>
        {
            var committee = sp.GetRequiredService<CommitteeService>();
            var p = (await committee.PeriodAsync(periodId, default))!;
            Assert.True((await committee.SetVoteAsync(p, opensAt, closesAt, juryShare, default)).Succeeded);
            return p;
        });

    /// <summary>A case recommendation for a department, screened eligible into the period and (optionally) shortlisted.</summary>
    public static Task<long> EligibleAsync(MinwonApp app, int periodId, string departmentCode = "ROAD", bool shortlisted = true) =>
        WithAsync(app, async sp =>
        {
            var dept = await DepartmentIdAsync(app, departmentCode);
            var (outcome, r) = await sp.GetRequiredService<RecommendationService>().SubmitAsync(new RecommendationInput
            {
                Kind = RecommendationKind.Case, DepartmentId = dept, Title = "무인 민원 발급기 확대", Description = "야간에도 서류를 뗄 수 있게 되었습니다.",
                Change = "발급 절차 개선", Name = "박민수", Phone = "010-3456-7890", Consent = true,
            }, default);
            Assert.True(outcome.Succeeded);
            var committee = sp.GetRequiredService<CommitteeService>();
            var supervisor = await sp.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(Supervisor);
            var rec = (await committee.RecommendationAsync(r!.Id, default))!;
            Assert.True((await committee.ScreenAsync(rec, supervisor!, true, periodId, "절차 개선 사례", default)).Succeeded);
            Assert.True((await committee.SetPublicTextAsync(rec, "무인 발급기", "Self-service kiosks", "야간 발급", "Night issuance", shortlisted, default)).Succeeded);
            return rec.Id;
        });

    /// <summary>Scores through the committee service: <paramref name="points"/> in the order of the period's criteria.</summary>
    public static Task<Minwon.Web.Complaints.Outcome> ScoreAsync(MinwonApp app, long recommendationId, string reviewerEmail, params int?[] points) =>
        WithAsync(app, async sp =>
        {
            var committee = sp.GetRequiredService<CommitteeService>();
            var rec = (await committee.RecommendationAsync(recommendationId, default))!;
            var reviewer = (await sp.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(reviewerEmail))!;
            var criteria = rec.PeriodId is int pid ? (await committee.PeriodAsync(pid, default))!.Criteria.OrderBy(c => c.Order).ToList() : [];
            return await committee.ScoreAsync(rec, reviewer, criteria.Select((c, i) => (c.Id, points[i])).ToDictionary(x => x.Id, x => x.Item2), default);
        });

    /// <summary>Sends a vote code over the API and reads it back from the SMS outbox; returns the code id and the code.</summary>
    public static async Task<(HttpResponseMessage Response, long CodeId, string Code)> RequestCodeAsync(MinwonApp app, HttpClient client, int periodId, long recommendationId, string phone)
    {
        var response = await client.PostAsJsonAsync("/api/v1/proactive/vote/code", new { periodId, recommendationId, name = "최투표", phone });
        if (response.StatusCode != HttpStatusCode.Accepted) return (response, 0, "");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var codeId = json.RootElement.GetProperty("codeId").GetInt64();
        var sms = await app.ExecuteDbContextAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == phone).OrderByDescending(m => m.Id).FirstAsync());
        var code = System.Text.RegularExpressions.Regex.Match(sms.Body, @"\d{6}").Value;
        return (response, codeId, code);
    }

    /// <summary>A distinct mobile number per call, so votes of different tests never collide.</summary>
    public static string NewMobile() => $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";
}
