using Minwon.Core.Complaints;
using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;

namespace Minwon.Web.Api;

/// <summary>A new complaint; <see cref="Attachments"/> carry images or PDFs as base64 (at most 5, 10 MB each, type checked by content).</summary>
public sealed record CreateComplaintRequest(
    ComplaintType? Type, int? StatutoryServiceId, int? CategoryId, string? Title, string? Body,
    string? Name, string? Phone, string? Email, string? Password, bool Consent, string? Language,
    IReadOnlyList<AttachmentUpload>? Attachments = null)
{
    /// <summary>The decoded files, or null when one of them is missing (a null entry) or not valid base64.</summary>
    public List<UploadedFile>? DecodeAttachments()
    {
        var files = new List<UploadedFile>();
        foreach (var a in Attachments ?? [])
        {
            if (a?.ContentBase64 is null) return null;
            var data = new byte[a.ContentBase64.Length * 3 / 4 + 3];
            if (!Convert.TryFromBase64String(a.ContentBase64, data, out var written)) return null;
            files.Add(new UploadedFile(string.IsNullOrWhiteSpace(a.FileName) ? "attachment" : a.FileName, data[..written]));
        }
        return files;
    }

    public ComplaintInput ToInput() => new()
    {
        Type = Type, StatutoryServiceId = StatutoryServiceId, CategoryId = CategoryId, Title = Title, Body = Body,
        Name = Name, Phone = Phone, Email = Email, Password = Password, Consent = Consent, Language = Language ?? "ko",
    };
}

public sealed record AttachmentUpload(string? FileName, string? ContentBase64);

public sealed record ComplaintReceipt(string ReceiptNumber, ComplaintStatus Status, DateTimeOffset DueAt, string Department);

public sealed record TimelineEntry(DateTimeOffset At, ComplaintEventKind Kind, string? ActorAlias, string? Note);

/// <summary>What a verified citizen may see: public aliases and the duty phone, never a staff member's name.</summary>
public sealed record ComplaintStatusView(
    string ReceiptNumber, ComplaintType Type, ComplaintStatus Status, string Title, string Department, string DutyPhone,
    string? HandlerAlias, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, bool Extended, string? Answer,
    DateTimeOffset? AnsweredAt, string? AnsweredBy, int? Rating, IReadOnlyList<TimelineEntry> Timeline)
{
    public static ComplaintStatusView From(Complaint c, bool english) => new(
        c.ReceiptNumber, c.Type, c.Status, c.Title,
        english ? c.Department!.NameEn : c.Department!.Name, c.Department.DutyPhone,
        c.Assignee?.PublicAlias, Kst(c.ReceivedAt), Kst(c.DueAt), c.Extended, c.Answer,
        c.AnsweredAt is DateTime a ? Kst(a) : null, c.AnsweredByAlias, c.Rating,
        c.Events.Where(e => e.Public).OrderBy(e => e.At).Select(e => new TimelineEntry(Kst(e.At), e.Kind, e.ActorAlias, e.Note)).ToList());

    /// <summary>Times go out in Korea time with the offset, so clients need no time-zone rules.</summary>
    public static DateTimeOffset Kst(DateTime utc) => new(KoreaTime.ToKst(utc), TimeSpan.FromHours(9));
}

public sealed record RatingRequest(int? Rating, string? Comment);
public sealed record AssignRequest(string? AssigneeId);
public sealed record TextRequest(string? Text);
public sealed record TransferRequest(int? DepartmentId, string? Reason);
/// <summary>Days, or working hours for a period shorter than a day (기타민원); give the one that fits the complaint.</summary>
public sealed record ExtendRequest(int? Days, string? Reason, int? Hours = null);
public sealed record ReasonRequest(string? Reason);

public sealed record StaffComplaintView(
    long Id, string ReceiptNumber, ComplaintType Type, ComplaintStatus Status, string Title, string Body,
    int DepartmentId, int CategoryId, string? AssigneeId, string? AssigneeAlias, string CitizenName, string? CitizenPhone,
    string? CitizenEmail, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, bool Extended, string? AnswerDraft, string? Answer,
    IReadOnlyList<TimelineEntry> History, Minwon.Web.Protection.TextSeverity Severity, IReadOnlyList<ScreenedTextView> Screening,
    int AnsweredRepeats, long? GroupId);

/// <summary>How one incoming text was screened; <see cref="Masked"/> says whether the view shows it masked.</summary>
public sealed record ScreenedTextView(long Id, Minwon.Web.Protection.ScreenedField Field, Minwon.Web.Protection.TextSeverity Severity,
    IReadOnlyList<string> Categories, bool HasPersonalData, bool Masked);

public sealed record RevealedText(long Id, Minwon.Web.Protection.ScreenedField Field, string Original);
