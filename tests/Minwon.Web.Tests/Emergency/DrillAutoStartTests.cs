using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Alerts;
using Minwon.Web.Emergency;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Emergency;

/// <summary>Unannounced drills start by themselves at the planned time, on a clock the test moves.</summary>
public abstract class DrillAutoStartTests(DatabaseKind database)
{
    Task<MinwonApp> StartAsync(MovableClock clock) => MinwonApp.StartAsync(database, new MinwonAppOptions
    {
        SeedStaff = true,
        ConfigureServices = s => s.AddSingleton<TimeProvider>(clock),
    });

    static string Kst(DateTimeOffset utc) => utc.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    static async Task<HttpResponseMessage> PlanAsync(MinwonApp app, HttpClient client, string title, DateTimeOffset at, bool automatic)
    {
        var officerId = await app.ExecuteDbContextAsync(db => db.Users.Where(u => u.Email == Officer).Select(u => u.Id).SingleAsync());
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Title", title), new("Scenario", "민원실에 흉기를 든 방문객이 들어옵니다."), new("ScheduledAt", Kst(at)),
            new($"Assignees[{DrillRoleKind.Mediation}]", officerId),
        };
        if (automatic) fields.Add(new("StartsAutomatically", "true"));
        return await PostFormAsync(client, "/staff/protection/drills", fields);
    }

    [Fact]
    public async Task An_automatic_drill_starts_once_at_its_time_and_a_manual_one_waits_for_a_person()
    {
        var clock = new MovableClock(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(1), TimeSpan.Zero));
        await using var app = await StartAsync(clock);
        using var safety = await StaffCookieClientAsync(app, Safety);
        var at = clock.GetUtcNow().AddMinutes(10);
        (await PlanAsync(app, safety, "불시 흉기 위협 대응 훈련", at, automatic: true)).EnsureSuccessStatusCode();
        (await PlanAsync(app, safety, "예고된 대피 훈련", at, automatic: false)).EnsureSuccessStatusCode();
        var list = await safety.GetStringAsync("/staff/protection/drills");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(list, "data-auto-start"));

        // unannounced: until it starts, only those who run drills can open it
        var plannedId = await app.ExecuteDbContextAsync(db => db.Set<Drill>().Where(d => d.StartsAutomatically).Select(d => d.Id).SingleAsync());
        using var officer = await StaffCookieClientAsync(app, Officer);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await officer.GetAsync(Drills.PageOf(plannedId))).StatusCode);

        var autoStart = app.Services.GetRequiredService<DrillAutoStart>();
        Assert.Equal(0, await autoStart.StartDueAsync(default));
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, await autoStart.StartDueAsync(default));
        Assert.Equal(0, await autoStart.StartDueAsync(default)); // started once

        var drills = await app.ExecuteDbContextAsync(db => db.Set<Drill>().AsNoTracking().OrderBy(d => d.Id).ToListAsync());
        var automatic = drills.Single(d => d.Title == "불시 흉기 위협 대응 훈련");
        Assert.True(automatic.StartsAutomatically);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, automatic.StartedAt);
        var emergency = await app.ExecuteDbContextAsync(db => db.Set<EmergencyAlert>().AsNoTracking().Include(e => e.StaffAlert).SingleAsync(e => e.Id == automatic.EmergencyAlertId));
        Assert.True(emergency.IsDrill);
        Assert.Equal(StaffAlertKind.Emergency, emergency.StaffAlert!.Kind);
        Assert.Null(drills.Single(d => d.Title == "예고된 대피 훈련").StartedAt);
        Assert.Contains("불시 흉기 위협 대응 훈련", await officer.GetStringAsync(Drills.PageOf(plannedId)));
        var mail = await app.Smtp.WaitForMessageToAsync(Officer, TimeSpan.FromSeconds(30), m => (m.Subject ?? "").Contains("불시 흉기 위협 대응 훈련"));
        Assert.Matches($@"https?://\S+/staff/drills/{automatic.Id}\b", mail.TextBody); // a link a mail client can open

        // The page shows how it started; a person cannot start it a second time.
        var page = await safety.GetStringAsync(Drills.PageOf(automatic.Id));
        Assert.Contains("예정 일시에 자동 시작", page);
        await PostFormAsync(safety, Drills.PageOf(automatic.Id), [], Drills.PageOf(automatic.Id) + "?handler=start");
        Assert.Equal(1, await app.ExecuteDbContextAsync(db => db.Set<EmergencyAlert>().CountAsync(e => e.IsDrill)));
    }

    [Fact]
    public async Task A_drill_that_has_not_started_can_be_cancelled_and_a_started_one_cannot()
    {
        var clock = new MovableClock(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(1), TimeSpan.Zero));
        await using var app = await StartAsync(clock);
        using var safety = await StaffCookieClientAsync(app, Safety);
        (await PlanAsync(app, safety, "취소할 훈련", clock.GetUtcNow().AddDays(1), automatic: true)).EnsureSuccessStatusCode();
        (await PlanAsync(app, safety, "진행한 훈련", clock.GetUtcNow().AddDays(1), automatic: false)).EnsureSuccessStatusCode();
        var ids = await app.ExecuteDbContextAsync(db => db.Set<Drill>().ToDictionaryAsync(d => d.Title, d => d.Id));
        var started = Drills.PageOf(ids["진행한 훈련"]);
        await PostFormAsync(safety, started, [], started + "?handler=start");

        using var officer = await StaffCookieClientAsync(app, Officer);
        var cancel = Drills.PageOf(ids["취소할 훈련"]);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await PostFormAsync(officer, started, [], cancel + "?handler=cancel")).StatusCode);
        var cancelled = await PostFormAsync(safety, cancel, [], cancel + "?handler=cancel");
        Assert.EndsWith("/staff/protection/drills", cancelled.RequestMessage!.RequestUri!.AbsolutePath);
        await PostFormAsync(safety, started, [], started + "?handler=cancel");

        var left = await app.ExecuteDbContextAsync(db => db.Set<Drill>().Select(d => d.Title).ToListAsync());
        Assert.Equal(["진행한 훈련"], left);
        Assert.Equal(0, await app.ExecuteDbContextAsync(db => db.Set<DrillRole>().CountAsync(r => r.DrillId == ids["취소할 훈련"])));
    }

    [Fact]
    public async Task An_automatic_drill_must_be_planned_for_later_and_one_missed_by_over_an_hour_is_not_started()
    {
        var clock = new MovableClock(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(1), TimeSpan.Zero));
        await using var app = await StartAsync(clock);
        using var safety = await StaffCookieClientAsync(app, Safety);
        var refused = await PlanAsync(app, safety, "지난 시각 훈련", clock.GetUtcNow().AddMinutes(-5), automatic: true);
        Assert.Contains("자동으로 시작할 훈련은 지금 이후의 일시로 예약해 주세요.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.ExecuteDbContextAsync(db => db.Set<Drill>().CountAsync()));

        (await PlanAsync(app, safety, "서버 점검 중 예정된 훈련", clock.GetUtcNow().AddMinutes(5), automatic: true)).EnsureSuccessStatusCode();
        clock.Advance(TimeSpan.FromHours(2)); // the server was down when it was due
        Assert.Equal(0, await app.Services.GetRequiredService<DrillAutoStart>().StartDueAsync(default));
        Assert.Null(await app.ExecuteDbContextAsync(db => db.Set<Drill>().Select(d => d.StartedAt).SingleAsync()));
        // the schedule says so, for the safety team to start it by hand or cancel it
        Assert.Contains("예정 시각 지남", await safety.GetStringAsync("/staff/protection/drills"));
    }
}

public sealed class DrillAutoStartSqliteTests() : DrillAutoStartTests(DatabaseKind.Sqlite);
public sealed class DrillAutoStartPostgresTests() : DrillAutoStartTests(DatabaseKind.Postgres);
