using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Deadlines;
using Minwon.Web.Data;

namespace Minwon.Web.CallCenter;

/// <summary>The center's day so far (Korea time): the figures of the wallboard and calls per hour for its chart.</summary>
public sealed record WallboardStats(int CallsToday, int Waiting, int Active, int AverageHandlingSeconds, int WarningsToday, int EndedUnderPolicyToday,
    int[] CallsByHour);

public sealed class CallWallboard(AppDbContext db, TimeProvider clock)
{
    public async Task<WallboardStats> StatsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var todayKst = KoreaTime.ToKst(now).Date;
        var since = KoreaTime.ToUtc(todayKst);
        var today = await db.Set<CallRecord>().AsNoTracking().Where(c => c.StartedAt >= since || c.Status == CallStatus.Active)
            .Select(c => new { c.StartedAt, c.EndedAt, c.Status, c.AgentId, c.Warnings, c.EndReason }).ToListAsync(ct);
        var ofToday = today.Where(c => c.StartedAt >= since).ToList();
        var ended = ofToday.Where(c => c.EndedAt is not null).ToList();
        var byHour = new int[24];
        foreach (var c in ofToday) byHour[KoreaTime.ToKst(c.StartedAt).Hour]++;
        return new WallboardStats(
            CallsToday: ofToday.Count,
            Waiting: today.Count(c => c.Status == CallStatus.Active && c.AgentId is null),
            Active: today.Count(c => c.Status == CallStatus.Active && c.AgentId is not null),
            AverageHandlingSeconds: ended.Count == 0 ? 0 : (int)ended.Average(c => (c.EndedAt!.Value - c.StartedAt).TotalSeconds),
            WarningsToday: ofToday.Sum(c => c.Warnings),
            EndedUnderPolicyToday: ofToday.Count(c => c.EndReason is CallEndReason.AbusePolicy or CallEndReason.TimeLimit),
            CallsByHour: byHour);
    }

    /// <summary>
    /// Server-sent events for the wallboard: "ready" first (so proxies and the test server flush the headers), then a
    /// "stats" event at once and again whenever the figures change (checked every <paramref name="every"/>).
    /// </summary>
    public static async IAsyncEnumerable<SseItem<WallboardStats?>> StreamAsync(IServiceScopeFactory scopes, TimeSpan every,
        [EnumeratorCancellation] CancellationToken ct)
    {
        yield return new SseItem<WallboardStats?>(null, "ready");
        string? last = null;
        while (!ct.IsCancellationRequested)
        {
            WallboardStats stats;
            await using (var scope = scopes.CreateAsyncScope())
                stats = await scope.ServiceProvider.GetRequiredService<CallWallboard>().StatsAsync(ct);
            var key = System.Text.Json.JsonSerializer.Serialize(stats);
            if (key != last)
            {
                last = key;
                yield return new SseItem<WallboardStats?>(stats, "stats");
            }
            try { await Task.Delay(every, ct); }
            catch (OperationCanceledException) { yield break; }
        }
    }
}
