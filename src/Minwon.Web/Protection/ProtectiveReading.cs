using Microsoft.EntityFrameworkCore;
using Minwon.Screening;
using Minwon.Screening.Duplicates;
using Minwon.Web.Alerts;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Staff;

namespace Minwon.Web.Protection;

/// <summary>
/// Screens every incoming text before a person reads it (abuse, threats, personal data), recognises the complainant and
/// repeated complaints (민원처리법 제23조), raises the threat alert, and logs every reveal of an original text.
/// </summary>
public sealed class ProtectiveReading(AppDbContext db, StaffAlerts alerts, TimeProvider clock)
{
    /// <summary>Estimated Jaccard similarity above which two complaints count as the same complaint filed again.</summary>
    public const double RepeatSimilarity = 0.7;
    /// <summary>Art. 23: a complaint already answered this many times may be closed when filed again.</summary>
    public const int AnsweredTimesForClosure = 2;

    static readonly TextScreener Screener = TextScreener.Default;

    /// <summary>On arrival, before the complaint is first saved: screened texts, severity, complainant and fingerprint.</summary>
    public void ScreenNewComplaint(Complaint c)
    {
        var title = Screen(c, ScreenedField.Title, c.Title);
        var body = Screen(c, ScreenedField.Body, c.Body);
        c.Severity = (TextSeverity)Math.Max((int)title.Severity, (int)body.Severity);
        c.MaskedTitle = title.NeedsMasking ? title.Masked : null;
        c.ComplainantKey = ComplainantKey.From(c.CitizenPhone, c.CitizenEmail);
        c.Fingerprint = MinHasher.Compute(c.Title + "\n" + c.Body).ToBytes();
    }

    /// <summary>A follow-up from the citizen (the rating comment): screened like the complaint itself.</summary>
    public ScreenedText ScreenRatingComment(Complaint c, string comment)
    {
        var s = Screen(c, ScreenedField.RatingComment, comment);
        if ((int)s.Severity > (int)c.Severity) c.Severity = s.Severity;
        return s;
    }

    /// <summary>A note typed during a call: screened like any incoming text; the caller's call record points to it.</summary>
    public ScreenedText ScreenCallNote(string text) => Screen(null, ScreenedField.CallNote, text);

    ScreenedText Screen(Complaint? c, ScreenedField field, string text)
    {
        var r = Screener.Screen(text);
        var screened = new ScreenedText
        {
            Complaint = c, Field = field, Severity = SeverityOf(r),
            Categories = string.Join(',', r.Abuse.Categories().Select(x => x.ToString())),
            Score = r.Abuse.Score, HasPersonalData = r.HasPersonalData, Masked = r.MaskedText,
            ScreenedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<ScreenedText>().Add(screened);
        return screened;
    }

    /// <summary>Threats first; then sexual harassment, hate and strong abuse are serious; other abuse calls for caution.</summary>
    public static TextSeverity SeverityOf(ScreeningResult r)
    {
        if (r.IsThreat) return TextSeverity.Threat;
        if (!r.IsAbusive) return TextSeverity.None;
        var a = r.Abuse;
        return a[AbuseCategory.SexualHarassment] >= 0.5f || a[AbuseCategory.Hate] >= 0.5f || a.Score >= 0.9f
            ? TextSeverity.Serious : TextSeverity.Caution;
    }

    /// <summary>
    /// Earlier complaints of the same complainant that say nearly the same and were already answered: when there are
    /// <see cref="AnsweredTimesForClosure"/> or more, the new one may be closed under Art. 23.
    /// </summary>
    public async Task<List<Complaint>> AnsweredRepeatsOfAsync(Complaint c, CancellationToken ct)
    {
        if (c.ComplainantKey is null || c.Fingerprint is null) return [];
        var mine = MinHashFingerprint.FromBytes(c.Fingerprint);
        var earlier = await db.Complaints.AsNoTracking()
            .Where(x => x.ComplainantKey == c.ComplainantKey && x.Id != c.Id && x.ReceivedAt <= c.ReceivedAt
                        && x.AnsweredAt != null && x.Fingerprint != null)
            .OrderByDescending(x => x.ReceivedAt).Take(200)
            .ToListAsync(ct);
        return earlier.Where(x => mine.EstimateSimilarity(MinHashFingerprint.FromBytes(x.Fingerprint)) >= RepeatSimilarity).ToList();
    }

    /// <summary>After the complaint has its id: counts the answered repeats and, for a threat, alerts supervisors and the safety team.</summary>
    public async Task AfterFirstSaveAsync(Complaint c, CancellationToken ct)
    {
        c.AnsweredRepeats = (await AnsweredRepeatsOfAsync(c, ct)).Count;
        if (c.Severity == TextSeverity.Threat) await RaiseThreatAsync(c, ct);
    }

    public Task RaiseThreatAsync(Complaint c, CancellationToken ct) =>
        alerts.RaiseAsync(StaffAlertKind.Threat, "위협 민원 접수: {0}",
            "폭력 위협으로 판단되는 표현이 있는 민원이 접수되었습니다. 접수번호 {0}. 안전관리팀은 확인해 주세요.",
            $"/staff/complaints/{c.Id}", isDrill: false, ct, subject: c.ReceiptNumber);

    public Task<List<ScreenedText>> ForComplaintAsync(long complaintId, CancellationToken ct) =>
        db.Set<ScreenedText>().AsNoTracking().Where(s => s.ComplaintId == complaintId).OrderBy(s => s.Id).ToListAsync(ct);

    /// <summary>Records who looked behind the mask; returns the screened text, or null when it is not this complaint's.</summary>
    public async Task<ScreenedText?> RevealAsync(long complaintId, long screenedTextId, StaffUser actor, CancellationToken ct)
    {
        var text = await db.Set<ScreenedText>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == screenedTextId && s.ComplaintId == complaintId, ct);
        if (text is null) return null;
        await LogRevealAsync(text.Id, actor, ct);
        return text;
    }

    /// <summary>Writes who looked behind the mask of one screened text, and when; the caller has checked it may.</summary>
    public async Task LogRevealAsync(long screenedTextId, StaffUser actor, CancellationToken ct)
    {
        db.Set<RevealRecord>().Add(new RevealRecord { ScreenedTextId = screenedTextId, ActorId = actor.Id, ActorAlias = actor.PublicAlias, At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
    }
}
