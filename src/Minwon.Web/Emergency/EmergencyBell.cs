using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minwon.Web.Alerts;
using Minwon.Web.Data;
using Minwon.Web.Notifications;

namespace Minwon.Web.Emergency;

/// <summary>
/// Rings the emergency bell: stores the <see cref="EmergencyAlert"/>, raises the staff banner (which mails the
/// supervisors and the safety team) and, for a real alert, queues the police liaison's mail and the signed webhooks
/// in the same transaction, so nothing is lost when a mail server or an endpoint is down. A drill reaches only staff
/// and the optional drill contact, never the police.
/// </summary>
public sealed class EmergencyBell(AppDbContext db, StaffAlerts alerts, IOptions<EmergencyOptions> options, TimeProvider clock, IConfiguration config)
{
    public static string PageOf(long id) => $"/staff/emergency/{id.ToString(CultureInfo.InvariantCulture)}";

    public async Task<EmergencyAlert> RingAsync(EmergencySource source, string raisedBy, string? location, bool isDrill, long? deviceId,
        string? drillTitle, CancellationToken ct, string? drillScenario = null, string? drillLink = null)
    {
        location = string.IsNullOrWhiteSpace(location) ? null : location.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var emergency = new EmergencyAlert
        {
            Source = source, IsDrill = isDrill, RaisedBy = raisedBy, DeviceId = deviceId, Location = location, CreatedAt = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Set<EmergencyAlert>().Add(emergency);
        await db.SaveChangesAsync(ct);

        // A drill's banner leads to the drill page, where each participant acknowledges their role.
        var link = drillLink ?? PageOf(emergency.Id);
        // Templates with arguments (drill title, who, where, scenario), so each reader sees them in their language.
        var title = isDrill ? "비상벨 훈련: {0}" : "비상벨: {2}";
        var template = isDrill
            ? "실제 상황이 아닌 모의훈련입니다. {3} 훈련 페이지에서 맡은 역할을 확인해 주세요."
            : "{1}이(가) 비상벨을 눌렀습니다. 위치: {2}. 즉시 현장을 확인해 주세요.";
        var subject = StaffAlert.Arguments(drillTitle ?? "", StaffAlert.Alias(raisedBy), location ?? "-", Shorten(drillScenario ?? "", 300));
        var message = StaffAlert.Format(template, subject);
        emergency.StaffAlert = await alerts.RaiseAsync(StaffAlertKind.Emergency, title, template, link, isDrill, ct, subject);
        QueueOutside(emergency, message, link, now);
        foreach (var queued in db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added))
            queued.Entity.EmergencyAlertId ??= emergency.Id;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        alerts.AfterSave();
        return emergency;
    }

    void QueueOutside(EmergencyAlert e, string message, string link, DateTime now)
    {
        var o = options.Value;
        var url = config.PublicLink(link);
        var time = Minwon.Core.Deadlines.KoreaTime.ToKst(e.CreatedAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var body = $"{message}\n발생: {time} (KST)\n기관: {config["Institution:Name"]}\n{url}";
        if (e.IsDrill)
        {
            if (!string.IsNullOrWhiteSpace(o.DrillContactEmail))
                Email(o.DrillContactEmail, "[모의훈련] 비상벨 훈련 경보 (실제 상황 아님)", "[모의훈련] 실제 상황이 아닙니다.\n" + body, now); // ko-only
            return;
        }
        if (!string.IsNullOrWhiteSpace(o.PoliceLiaisonEmail))
            Email(o.PoliceLiaisonEmail, $"[비상벨] {config["Institution:Name"]} 긴급 출동 요청", body, now);
        var json = JsonSerializer.Serialize(new
        {
            type = "emergency.raised",
            id = e.Id,
            institution = config["Institution:Name"],
            source = e.Source.ToString(),
            raisedBy = e.RaisedBy,
            location = e.Location,
            createdAt = e.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            isDrill = false,
            url,
        });
        foreach (var hook in o.ActiveWebhooks)
            db.Outbox.Add(new OutboxMessage
            {
                Channel = NotificationChannel.Webhook, To = hook.Url, Subject = hook.Name, Body = json, CreatedAt = now, NextAttemptAt = now,
            });
    }

    static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    void Email(string to, string subject, string body, DateTime now) =>
        db.Outbox.Add(new OutboxMessage { Channel = NotificationChannel.Email, To = to, Subject = subject, Body = body, CreatedAt = now, NextAttemptAt = now });
}
