using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minwon.Web.Data;
using Minwon.Web.Hosting;

namespace Minwon.Web.CallCenter;

/// <summary>
/// Ends calls that ran past the length limit even when no console is looking at them (the agent closed the page, the
/// PBX never sent "call ended"): once a minute, every active call past the limit ends under the policy at the limit,
/// and its incident is recorded.
/// </summary>
public sealed class CallTimeLimitSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CallTimeLimitSweep> log) : EveryMinute(clock, log)
{
    protected override Task<int> RunOnceAsync(CancellationToken ct) => SweepAsync(ct);

    /// <summary>Ends every active call past the limit; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var calls = scope.ServiceProvider.GetRequiredService<CallCenterService>();
        var limit = scope.ServiceProvider.GetRequiredService<IOptions<CallCenterOptions>>().Value.EndAfterMinutes;
        var startedBefore = Clock.GetUtcNow().UtcDateTime.AddMinutes(-limit);
        var overdue = await db.Set<CallRecord>().Where(c => c.Status == CallStatus.Active && c.StartedAt <= startedBefore)
            .OrderBy(c => c.Id).Take(100).ToListAsync(ct);
        foreach (var call in overdue) await calls.EnforceTimeLimitAsync(call, ct);
        return overdue.Count;
    }
}
