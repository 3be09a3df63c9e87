namespace Minwon.Web.Incidents;

/// <summary>What the new-incident form and the API send. The time is Korea time as entered.</summary>
public sealed class IncidentInput
{
    public IncidentType? Type { get; set; }
    public IncidentSource? Source { get; set; }
    public long? ComplaintId { get; set; }
    public string? CallReference { get; set; }
    public string? ComplainantName { get; set; }
    public string? ComplainantPhone { get; set; }
    public DateTime? OccurredAtKst { get; set; }
    public string? Place { get; set; }
    public List<string> StaffIds { get; set; } = [];
    public string? Description { get; set; }
    public string? Witnesses { get; set; }
    public List<IncidentMeasure> Measures { get; set; } = [];
    public string? MeasureNote { get; set; }
}
