using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.CallCenter;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.CallCenter.TelephonyTestKit;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.CallCenter;

/// <summary>The call timer on a moved clock, with limits set in configuration (warn at 3 minutes, end at 5).</summary>
public abstract class CallTimerTests(DatabaseKind database)
{
    [Fact]
    public async Task The_configured_limits_warn_then_end_the_call_under_the_policy_at_the_limit()
    {
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        await using var app = await MinwonApp.StartAsync(database, new MinwonAppOptions
        {
            SeedStaff = true,
            Settings = new Dictionary<string, string?> { ["CallCenter:WarnAfterMinutes"] = "3", ["CallCenter:EndAfterMinutes"] = "5" },
            ConfigureServices = s => s.AddSingleton<TimeProvider>(clock),
        });
        using var agent = await StaffCookieClientAsync(app, Agent);
        var started = await PostFormAsync(agent, "/staff/callcenter", [new("CallerNumber", RandomMobile()), new("RecordingRef", "rec://timer")], "/staff/callcenter?handler=Start");
        var page = started.RequestMessage!.RequestUri!.AbsolutePath;
        var id = long.Parse(page.Split('/')[^1]);
        Assert.DoesNotContain("id=\"timer-warning\"", await agent.GetStringAsync(page));

        clock.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(5));
        var warned = await agent.GetStringAsync(page);
        Assert.Contains("id=\"timer-warning\"", warned);
        Assert.Contains(">03:05<", warned);

        // Past the limit, any action finds the call already ended under the policy, at the limit itself.
        clock.Advance(TimeSpan.FromMinutes(4));
        var late = await PostFormAsync(agent, "/staff/callcenter", [new("Note", "늦은 메모")], page + "?handler=Note");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var call = await app.ExecuteDbContextAsync(db => db.Set<CallRecord>().AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(CallEndReason.TimeLimit, call.EndReason);
        Assert.Equal(TimeSpan.FromMinutes(5), call.EndedAt!.Value - call.StartedAt);
        Assert.Empty(await app.ExecuteDbContextAsync(db => db.Set<CallNote>().Where(n => n.CallRecordId == id).ToListAsync()));
    }

    [Fact]
    public async Task A_call_nobody_looks_at_is_ended_at_the_limit_by_the_sweep_and_recorded_as_an_incident()
    {
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        await using var app = await MinwonApp.StartAsync(database, new MinwonAppOptions
        {
            SeedStaff = true,
            Settings = new Dictionary<string, string?> { ["CallCenter:EndAfterMinutes"] = "5" },
            ConfigureServices = s => s.AddSingleton<TimeProvider>(clock),
        });
        using var agent = await StaffCookieClientAsync(app, Agent);
        var phone = RandomMobile();
        var started = await PostFormAsync(agent, "/staff/callcenter", [new("CallerNumber", phone), new("RecordingRef", "rec://unattended")], "/staff/callcenter?handler=Start");
        var id = long.Parse(started.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1]);
        var sweep = app.Services.GetRequiredService<CallTimeLimitSweep>();

        Assert.Equal(0, await sweep.SweepAsync(default));
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await sweep.SweepAsync(default));

        var call = await app.ExecuteDbContextAsync(db => db.Set<CallRecord>().AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(CallEndReason.TimeLimit, call.EndReason);
        Assert.Equal(TimeSpan.FromMinutes(5), call.EndedAt!.Value - call.StartedAt);
        var incident = await app.ExecuteDbContextAsync(db => Minwon.Web.Incidents.IncidentService.ForComplainant(db, phone).SingleAsync());
        Assert.Equal(Minwon.Web.Incidents.IncidentSource.Call, incident.Source);
        Assert.Equal(0, await sweep.SweepAsync(default)); // ended once
    }
}

public sealed class CallTimerSqliteTests() : CallTimerTests(DatabaseKind.Sqlite);
public sealed class CallTimerPostgresTests() : CallTimerTests(DatabaseKind.Postgres);
