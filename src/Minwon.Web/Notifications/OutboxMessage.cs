namespace Minwon.Web.Notifications;

public enum NotificationChannel { Email, Sms, Webhook }

/// <summary>
/// A notification written in the same transaction as the change it reports, then delivered by
/// <see cref="NotificationDispatcher"/> with retries: a mail server that is down never loses a complaint or a notice.
/// </summary>
public class OutboxMessage
{
    // Webhook rows: To is the endpoint URL, Subject its configured name (the signing secret is looked up by it), Body the JSON.
    public long Id { get; set; }
    public NotificationChannel Channel { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public long? ComplaintId { get; set; }
    /// <summary>The emergency alert this message reports, so its page can show the delivery state.</summary>
    public long? EmergencyAlertId { get; set; }
    /// <summary>The contact check (비상 연락망 점검) this test message belongs to.</summary>
    public long? ContactCheckId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
