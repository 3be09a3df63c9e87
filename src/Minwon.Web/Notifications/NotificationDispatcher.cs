using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;

namespace Minwon.Web.Notifications;

/// <summary>Wakes the dispatcher as soon as something is queued, instead of waiting for the next poll.</summary>
public sealed class NotificationSignal
{
    readonly SemaphoreSlim signal = new(0);
    public void Pulse() { if (signal.CurrentCount == 0) signal.Release(); }
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);
}

/// <summary>Delivers the outbox with exponential back-off. Several instances may run: a row is claimed by bumping its
/// next-attempt time with a conditional update before sending.</summary>
public sealed class NotificationDispatcher(
    IServiceScopeFactory scopes, IEmailSender email, ISmsSender sms, IWebhookSender webhooks, NotificationSignal signal,
    TimeProvider clock, IConfiguration config, ILogger<NotificationDispatcher> log) : BackgroundService
{
    public const int MaxAttempts = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Notifications:PollSeconds", 5)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await DeliverDueAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception ex) { log.LogWarning(ex, "Outbox pass failed; retrying"); }
            try { await signal.WaitAsync(poll, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    public async Task DeliverDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Outbox.Where(m => m.SentAt == null && m.Attempts < MaxAttempts && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(20).AsNoTracking().ToListAsync(ct);
        foreach (var m in due)
        {
            var lease = now.AddMinutes(2);
            var claimed = await db.Outbox.Where(x => x.Id == m.Id && x.SentAt == null && x.NextAttemptAt == m.NextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptAt, lease), ct);
            if (claimed == 0) continue;
            try
            {
                if (m.Channel == NotificationChannel.Email) await email.SendAsync(m.To, m.Subject, m.Body, ct);
                else if (m.Channel == NotificationChannel.Webhook) await webhooks.SendAsync(m.Subject, m.To, m.Body, ct);
                else await sms.SendAsync(m.To, m.Body, ct);
                await db.Outbox.Where(x => x.Id == m.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.SentAt, clock.GetUtcNow().UtcDateTime)
                    .SetProperty(x => x.Attempts, m.Attempts + 1), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var attempts = m.Attempts + 1;
                var retryAt = clock.GetUtcNow().UtcDateTime.AddSeconds(Math.Min(3600, 5 * Math.Pow(2, attempts)));
                log.LogWarning(ex, "Notification {Id} to {Channel} failed (attempt {Attempts})", m.Id, m.Channel, attempts);
                await db.Outbox.Where(x => x.Id == m.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Attempts, attempts)
                    .SetProperty(x => x.NextAttemptAt, retryAt)
                    .SetProperty(x => x.LastError, ex.Message.Length > 500 ? ex.Message[..500] : ex.Message), ct);
            }
        }
    }
}
