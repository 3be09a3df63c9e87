using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Proactive;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;
using static Minwon.Web.Tests.Proactive.ProactiveTestKit;

namespace Minwon.Web.Tests.Staff;

/// <summary>A table with nothing in it says so, instead of showing a header over nothing.</summary>
public abstract class EmptyTableTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_new_period_a_session_without_participants_and_a_quiet_call_center_say_they_are_empty()
    {
        // A fresh instance: in the shared one other tests have ended calls.
        await using var fresh = await MinwonApp.StartAsync(App.Database);
        await EnsureStaffAsync(fresh);
        var period = await PeriodAsync(fresh);
        var session = await WithAsync(fresh, async sp => (await sp.GetRequiredService<TrainingService>()
            .CreateAsync("적극행정 기초", TrainingMode.InPerson, "소회의실", null, DateTime.UtcNow.AddDays(3), 1, default)).Item2!);

        var supervisor = await StaffPagesAsync(fresh, Supervisor);
        Assert.Contains("No candidates in this period yet.", await supervisor.GetStringAsync($"/staff/proactive/periods/{period.Id}?culture=en"));
        Assert.Contains("아직 수강자가 없습니다.", await supervisor.GetStringAsync($"/staff/proactive/training/{session.Id}?culture=ko"));
        var agent = await StaffPagesAsync(fresh, CallCenter.TelephonyTestKit.Agent);
        Assert.Contains("No calls have ended recently.", await agent.GetStringAsync("/staff/callcenter?culture=en"));
    }
}

[Collection(Collections.Sqlite)] public sealed class EmptyTableSqliteTests(SqliteApp app) : EmptyTableTests(app);
[Collection(Collections.Postgres)] public sealed class EmptyTablePostgresTests(PostgresApp app) : EmptyTableTests(app);
