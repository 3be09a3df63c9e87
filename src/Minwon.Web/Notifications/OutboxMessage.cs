namespace Minwon.Web.Notifications;

public enum NotificationChannel { Email, Sms }

/// <summary>
/// A notification written in the same transaction as the change it reports, then delivered by
/// <see cref="NotificationDispatcher"/> with retries: a mail server that is down never loses a complaint or a notice.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public NotificationChannel Channel { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public long? ComplaintId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
