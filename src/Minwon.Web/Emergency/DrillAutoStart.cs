using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;
using Minwon.Web.Hosting;

namespace Minwon.Web.Emergency;

/// <summary>
/// Starts unannounced drills at their scheduled time: once a minute, every drill marked to start automatically whose
/// time has come starts as if its planner had pressed "start" (drill alert on every staff page, mail to each role).
/// A drill more than an hour late (the server was down) is left for the safety team to start or drop by hand: an
/// alarm long after the planned moment would disrupt work the plan had not counted on.
/// </summary>
public sealed class DrillAutoStart(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DrillAutoStart> log) : EveryMinute(clock, log)
{
    public static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    protected override Task<int> RunOnceAsync(CancellationToken ct) => StartDueAsync(ct);

    /// <summary>Starts every automatic drill that is due; returns how many started.</summary>
    public async Task<int> StartDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var drills = scope.ServiceProvider.GetRequiredService<Drills>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var earliest = now - Grace;
        var due = await db.Set<Drill>().AsNoTracking()
            .Where(d => d.StartsAutomatically && d.StartedAt == null && d.ScheduledAt <= now && d.ScheduledAt >= earliest)
            .OrderBy(d => d.ScheduledAt).Select(d => new { d.Id, d.CreatedByAlias }).Take(20).ToListAsync(ct);
        int started = 0;
        foreach (var d in due)
        {
            if (await drills.StartAsync(d.Id, d.CreatedByAlias, ct)) started++;
        }
        return started;
    }
}
