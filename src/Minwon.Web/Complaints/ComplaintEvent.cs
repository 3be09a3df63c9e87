namespace Minwon.Web.Complaints;

public enum ComplaintEventKind { Filed, Assigned, DraftSaved, Answered, Transferred, Extended, Closed, Rated, ClosureProposed, ClosureRejected, Grouped, Ungrouped }

/// <summary>One step in a complaint's history. Actors are recorded by id and by their public alias at that moment.</summary>
public class ComplaintEvent
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public DateTime At { get; set; }
    public ComplaintEventKind Kind { get; set; }
    public string? ActorId { get; set; }
    public string? ActorAlias { get; set; }
    public string? Note { get; set; }
    public int? FromDepartmentId { get; set; }
    public int? ToDepartmentId { get; set; }
    /// <summary>Internal steps (drafts) stay off the citizen's timeline.</summary>
    public bool Public { get; set; } = true;
}
