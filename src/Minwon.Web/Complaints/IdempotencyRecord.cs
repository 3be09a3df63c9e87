namespace Minwon.Web.Complaints;

/// <summary>Remembers the complaint an API client's Idempotency-Key created, so a retried POST returns the same receipt.</summary>
public class IdempotencyRecord
{
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    public long ComplaintId { get; set; }
    public DateTime CreatedAt { get; set; }
}
