using System.Net;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Alerts;
using Minwon.Web.Emergency;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Emergency.EmergencyTestKit;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Emergency;

/// <summary>A drill from plan to after-action report through the pages, on the shared app.</summary>
public abstract class DrillTests(MinwonApp app) : IntegrationTest(app)
{
    static Task<string> UserIdAsync(MinwonApp app, string email) =>
        app.ExecuteDbContextAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    async Task<long> ScheduleAsync(HttpClient client, string title, params (DrillRoleKind Role, string Email)[] roles)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Title", title), new("Scenario", "민원실 창구에서 방문객이 소리를 지르며 흉기로 위협합니다."), new("ScheduledAt", "2026-12-01T10:00"),
        };
        foreach (var (role, email) in roles) fields.Add(new($"Assignees[{role}]", await UserIdAsync(App, email)));
        var response = await PostFormAsync(client, "/staff/protection/drills", fields);
        response.EnsureSuccessStatusCode();
        Assert.Matches(@"/staff/drills/\d+$", response.RequestMessage!.RequestUri!.AbsolutePath);
        return long.Parse(response.RequestMessage.RequestUri.AbsolutePath.Split('/').Last());
    }

    [Fact]
    public async Task A_drill_runs_and_its_report_shows_each_roles_response_time()
    {
        await EnsureStaffAsync(App);
        using var safety = await StaffCookieClientAsync(App, Safety);
        var title = $"창구 위협 방문객 대응 훈련 {Guid.NewGuid():N}"[..24];
        var id = await ScheduleAsync(safety, title, (DrillRoleKind.Mediation, Officer), (DrillRoleKind.Reporting, Agent), (DrillRoleKind.Response, Safety));
        var drill = await App.ExecuteDbContextAsync(db => db.Set<Drill>().AsNoTracking().Include(d => d.Roles).SingleAsync(d => d.Id == id));
        Assert.Equal(3, drill.Roles.Count);
        Assert.Equal(new DateTime(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc), drill.ScheduledAt);

        (await PostFormAsync(safety, $"/staff/drills/{id}", [], $"/staff/drills/{id}?handler=start")).EnsureSuccessStatusCode();

        // Every staff page shows the drill alert, marked as a drill.
        using var officer = await StaffCookieClientAsync(App, Officer);
        var started = await App.ExecuteDbContextAsync(db => db.Set<Drill>().AsNoTracking().SingleAsync(d => d.Id == id));
        var emergency = await App.ExecuteDbContextAsync(db => db.Set<EmergencyAlert>().AsNoTracking().Include(e => e.StaffAlert).SingleAsync(e => e.Id == started.EmergencyAlertId));
        Assert.True(emergency.IsDrill);
        Assert.True(emergency.StaffAlert!.IsDrill);
        Assert.Equal($"/staff/drills/{id}", emergency.StaffAlert.Link);
        Assert.Contains("모의훈련", emergency.StaffAlert.Message);
        var queue = await officer.GetStringAsync("/staff/queue");
        Assert.Contains($"data-alert-id=\"{emergency.StaffAlertId}\"", queue);
        Assert.Contains("mw-alert-drill", queue);

        // Two of three participants acknowledge their role; a second acknowledgement does not move the time.
        (await PostFormAsync(officer, $"/staff/drills/{id}", [], $"/staff/drills/{id}?handler=acknowledge")).EnsureSuccessStatusCode();
        using var agent = await StaffCookieClientAsync(App, Agent);
        (await PostFormAsync(agent, $"/staff/drills/{id}", [], $"/staff/drills/{id}?handler=acknowledge")).EnsureSuccessStatusCode();
        var firstAck = await App.ExecuteDbContextAsync(db => db.Set<DrillRole>().Where(r => r.DrillId == id && r.Role == DrillRoleKind.Mediation).Select(r => r.AcknowledgedAt).SingleAsync());
        await PostFormAsync(officer, $"/staff/drills/{id}", [], $"/staff/drills/{id}?handler=acknowledge");
        Assert.Equal(firstAck, await App.ExecuteDbContextAsync(db => db.Set<DrillRole>().Where(r => r.DrillId == id && r.Role == DrillRoleKind.Mediation).Select(r => r.AcknowledgedAt).SingleAsync()));

        // An officer may not end it; the safety team ends it with notes, which clears the banner.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostFormAsync(officer, $"/staff/drills/{id}", [], $"/staff/drills/{id}?handler=end")).StatusCode);
        (await PostFormAsync(safety, $"/staff/drills/{id}", [new("Notes", "신고 역할까지 1분 이내. 대응 역할 미응답: 무전기 점검 필요.")], $"/staff/drills/{id}?handler=end")).EnsureSuccessStatusCode();
        Assert.DoesNotContain($"data-alert-id=\"{emergency.StaffAlertId}\"", await officer.GetStringAsync("/staff/queue"));

        var roles = await App.ExecuteDbContextAsync(db => db.Set<DrillRole>().AsNoTracking().Where(r => r.DrillId == id).ToListAsync());
        var ended = await App.ExecuteDbContextAsync(db => db.Set<Drill>().AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.NotNull(ended.EndedAt);
        Assert.NotNull(roles.Single(r => r.Role == DrillRoleKind.Mediation).AcknowledgedAt);
        Assert.NotNull(roles.Single(r => r.Role == DrillRoleKind.Reporting).AcknowledgedAt);
        Assert.Null(roles.Single(r => r.Role == DrillRoleKind.Response).AcknowledgedAt);

        var report = await safety.GetStringAsync($"/staff/protection/drills/{id}/report");
        Assert.Contains("id=\"drill-timeline\"", report);
        foreach (var role in roles.Where(r => r.AcknowledgedAt is not null))
        {
            var seconds = (role.AcknowledgedAt!.Value - ended.StartedAt!.Value).TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Matches($"<tr data-role=\"{role.Role}\">[\\s\\S]*?{seconds}초", report);
        }
        Assert.Matches("<tr data-role=\"Response\">[\\s\\S]*?응답 없음", report);
        Assert.Contains("무전기 점검 필요", report);
        var safetyAlias = roles.Single(r => r.Role == DrillRoleKind.Response).Alias;
        Assert.Contains($"대응 ({safetyAlias})", report[report.IndexOf("drill-missing", StringComparison.Ordinal)..]);

        var pdf = await safety.GetAsync($"/staff/protection/drills/{id}/report.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(bytes.Length > 2000);

        Assert.NotEqual(HttpStatusCode.OK, (await officer.GetAsync($"/staff/protection/drills/{id}/report.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_drill_without_title_or_roles_is_refused_and_nothing_is_stored()
    {
        await EnsureStaffAsync(App);
        using var supervisor = await StaffCookieClientAsync(App, Supervisor);
        var before = await App.ExecuteDbContextAsync(db => db.Set<Drill>().CountAsync());
        var response = await PostFormAsync(supervisor, "/staff/protection/drills", [new("Title", ""), new("Scenario", "위협"), new("ScheduledAt", "")]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("훈련 제목을 입력해 주세요.", html);
        Assert.Contains("역할을 한 명 이상 지정해 주세요.", html);
        Assert.Contains("훈련 일시를 입력해 주세요.", html);
        Assert.Equal(before, await App.ExecuteDbContextAsync(db => db.Set<Drill>().CountAsync()));
    }
}

[Collection(Collections.Sqlite)]
public sealed class DrillSqliteTests(SqliteApp app) : DrillTests(app);

[Collection(Collections.Postgres)]
public sealed class DrillPostgresTests(PostgresApp app) : DrillTests(app);
