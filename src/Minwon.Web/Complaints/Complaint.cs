using Minwon.Core.Complaints;
using Minwon.Web.Departments;
using Minwon.Web.Staff;

namespace Minwon.Web.Complaints;

public class Complaint
{
    public long Id { get; set; }
    public ComplaintType Type { get; set; }
    public int? StatutoryServiceId { get; set; }
    public StatutoryService? StatutoryService { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public string? AssigneeId { get; set; }
    public StaffUser? Assignee { get; set; }

    public required string Title { get; set; }
    public required string Body { get; set; }
    public required string CitizenName { get; set; }
    public string? CitizenPhone { get; set; }
    public string? CitizenEmail { get; set; }
    /// <summary>Last four digits of the phone, the default verification for following a complaint.</summary>
    public string? PhoneLast4 { get; set; }
    /// <summary>PBKDF2 hash of the optional password set when filing.</summary>
    public string? PasswordHash { get; set; }
    /// <summary>"ko" or "en": the language notifications go out in.</summary>
    public string Language { get; set; } = "ko";
    public DateTime ConsentedAt { get; set; }

    public ComplaintStatus Status { get; set; }
    public DateTime ReceivedAt { get; set; }
    /// <summary>When the legal clock last started: at receipt, or at the latest transfer.</summary>
    public DateTime ClockStartedAt { get; set; }
    public DateTime DueAt { get; set; }
    public bool Extended { get; set; }

    public string? AnswerDraft { get; set; }
    public string? Answer { get; set; }
    public DateTime? AnsweredAt { get; set; }
    /// <summary>The alias of whoever sent the answer, frozen at that moment.</summary>
    public string? AnsweredByAlias { get; set; }
    public DateTime? ClosedAt { get; set; }

    public int? Rating { get; set; }
    public string? RatingComment { get; set; }
    public DateTime? RatedAt { get; set; }

    // ---- Protective reading (Protection/ProtectiveReading) ----
    /// <summary>The worst screening result among the complaint's texts: the badge in the queue.</summary>
    public Minwon.Web.Protection.TextSeverity Severity { get; set; }
    /// <summary>The title as the queue shows it when it had to be masked; null when the title is clean.</summary>
    public string? MaskedTitle { get; set; }
    /// <summary>Hash of the complainant's phone or e-mail (<see cref="Minwon.Web.Protection.ComplainantKey"/>).</summary>
    public string? ComplainantKey { get; set; }
    /// <summary>MinHash fingerprint of title and body, for repeated complaints (Art. 23).</summary>
    public byte[]? Fingerprint { get; set; }
    /// <summary>How many earlier answered complaints of the same complainant say nearly the same, at filing.</summary>
    public int AnsweredRepeats { get; set; }

    /// <summary>The 다수인관련민원 group (Art. 24) this complaint is answered with, if any.</summary>
    public long? GroupId { get; set; }
    public Groups.ComplaintGroup? Group { get; set; }

    /// <summary>Optimistic concurrency: two officers acting on the same complaint at once cannot both win.</summary>
    public int Version { get; set; }

    public List<ComplaintEvent> Events { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];

    public string ReceiptNumber => Minwon.Core.Complaints.ReceiptNumber.Format(Id, ReceivedAt);
    public bool IsOpen => IsOpenStatus(Status);

    /// <summary>Waiting for an answer: received or being handled.</summary>
    public static bool IsOpenStatus(ComplaintStatus status) => status is ComplaintStatus.Received or ComplaintStatus.Assigned;
}
