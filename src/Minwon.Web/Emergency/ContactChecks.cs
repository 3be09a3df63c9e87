using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minwon.Web.Data;
using Minwon.Web.Notifications;

namespace Minwon.Web.Emergency;

/// <summary>A destination of the emergency chain as the safety team sees it (never a webhook's secret).</summary>
public sealed record ContactDestination(NotificationChannel Channel, string Name, string Address);

/// <summary>Runs and reads contact checks: one test message, marked as a test, to every configured destination.</summary>
public sealed class ContactChecks(AppDbContext db, IOptionsMonitor<EmergencyOptions> options, IConfiguration config, NotificationSignal signal, TimeProvider clock)
{
    public const string PageUrl = "/staff/protection/contacts";

    /// <summary>The police liaison, the drill contact and the webhooks, as configured now.</summary>
    public IReadOnlyList<ContactDestination> Destinations()
    {
        var o = options.CurrentValue;
        var list = new List<ContactDestination>();
        if (!string.IsNullOrWhiteSpace(o.PoliceLiaisonEmail)) list.Add(new(NotificationChannel.Email, "경찰 연락 담당", o.PoliceLiaisonEmail));
        if (!string.IsNullOrWhiteSpace(o.DrillContactEmail)) list.Add(new(NotificationChannel.Email, "모의훈련 연락처", o.DrillContactEmail));
        foreach (var hook in o.ActiveWebhooks)
            list.Add(new(NotificationChannel.Webhook, hook.Name, hook.Url));
        return list;
    }

    /// <summary>Queues the test messages; null when no destination is configured (nothing is stored then).</summary>
    public async Task<ContactCheck?> RunAsync(string requestedByAlias, CancellationToken ct)
    {
        var destinations = Destinations();
        if (destinations.Count == 0) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var check = new ContactCheck { RequestedByAlias = requestedByAlias, CreatedAt = now };
        // one transaction: a check is never stored without its messages
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Set<ContactCheck>().Add(check);
        await db.SaveChangesAsync(ct); // the id goes into every message

        var institution = config["Institution:Name"];
        var time = Minwon.Core.Deadlines.KoreaTime.ToKst(now).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var text = $"[시험] 비상 연락망 점검 #{check.Id} (실제 상황 아님)\n기관: {institution}\n요청: {requestedByAlias}\n시각: {time} (KST)\n" +
                   "이 메시지는 비상벨 연락 경로가 살아 있는지 확인하는 시험입니다. 출동하지 마십시오."; // ko-only: to outside contacts
        var json = JsonSerializer.Serialize(new
        {
            type = "emergency.test", id = check.Id, institution, requestedBy = requestedByAlias,
            createdAt = now.ToString("O", CultureInfo.InvariantCulture), isDrill = false, isTest = true,
        });
        foreach (var d in destinations)
        {
            db.Outbox.Add(d.Channel == NotificationChannel.Webhook
                ? new OutboxMessage { Channel = d.Channel, To = d.Address, Subject = d.Name, Body = json, ContactCheckId = check.Id, CreatedAt = now, NextAttemptAt = now }
                : new OutboxMessage { Channel = d.Channel, To = d.Address, Subject = $"[시험] {institution} 비상 연락망 점검 (실제 상황 아님)", Body = text, ContactCheckId = check.Id, CreatedAt = now, NextAttemptAt = now });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        signal.Pulse();
        return check;
    }

    public Task<List<ContactCheck>> RecentAsync(int count, CancellationToken ct) =>
        db.Set<ContactCheck>().AsNoTracking().OrderByDescending(c => c.Id).Take(count).ToListAsync(ct);

    public Task<ContactCheck?> FindAsync(long id, CancellationToken ct) =>
        db.Set<ContactCheck>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The messages of the given checks, by check.</summary>
    public async Task<ILookup<long, OutboxMessage>> DeliveriesAsync(IReadOnlyCollection<long> checkIds, CancellationToken ct) =>
        (await db.Outbox.AsNoTracking().Where(m => m.ContactCheckId != null && checkIds.Contains(m.ContactCheckId.Value)).OrderBy(m => m.Id).ToListAsync(ct))
            .ToLookup(m => m.ContactCheckId!.Value);
}
