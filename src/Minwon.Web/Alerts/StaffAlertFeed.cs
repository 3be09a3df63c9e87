using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;

namespace Minwon.Web.Alerts;

/// <summary>
/// Fans new alerts out to the open staff pages of this instance. It polls the database for ids above the last one
/// seen (once a second, or at once when this instance raised one), so an alert raised on any instance reaches every
/// open page within seconds without a shared message bus.
/// </summary>
public sealed class StaffAlertFeed(IServiceScopeFactory scopes, ILogger<StaffAlertFeed> log) : BackgroundService
{
    readonly ConcurrentDictionary<Guid, Channel<StaffAlert>> subscribers = new();
    readonly SemaphoreSlim wake = new(0);
    long lastSeen = -1;

    public void Pulse() => wake.Release();

    /// <summary>Alerts raised from now on, until the subscription is disposed.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<StaffAlert>(new BoundedChannelOptions(50) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Guid.NewGuid();
        subscribers[id] = channel;
        return new Subscription(channel.Reader, () => subscribers.TryRemove(id, out _));
    }

    public sealed class Subscription(ChannelReader<StaffAlert> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<StaffAlert> Reader => reader;
        public void Dispose() => unsubscribe();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Polling staff alerts failed; trying again");
            }
            try { await wake.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    async Task PollAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var alerts = db.Set<StaffAlert>().AsNoTracking();
        if (lastSeen < 0)
        {
            lastSeen = await alerts.MaxAsync(a => (long?)a.Id, ct) ?? 0;
            return;
        }
        var fresh = await alerts.Where(a => a.Id > lastSeen).OrderBy(a => a.Id).Take(100).ToListAsync(ct);
        foreach (var alert in fresh)
        {
            lastSeen = alert.Id;
            foreach (var s in subscribers.Values) s.Writer.TryWrite(alert);
        }
    }
}
