using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Core.Contact;
using Minwon.Web.Complaints;
using Minwon.Web.Data;

namespace Minwon.Web.Proactive;

/// <summary>The citizen side of recommendations: submitting (also for the handler of an answered complaint) and following one.</summary>
public sealed class RecommendationService(AppDbContext db, ComplaintService complaints, ReceiptLockout lockout, TimeProvider clock)
{
    public const string NotVerified = "접수번호 또는 확인 정보가 올바르지 않습니다.";

    public async Task<(Outcome Outcome, Recommendation? Recommendation)> SubmitAsync(RecommendationInput input, CancellationToken ct)
    {
        // The complaint is checked before anything else, and its failure is the whole answer: field errors shown only
        // to the right verification would tell a guesser when the digits were right.
        Complaint? complaint = null;
        if (input.FromComplaint)
        {
            var check = await complaints.FindForCitizenAsync(input.ComplaintReceipt, input.ComplaintVerification, ct);
            if (check.LockedFor is TimeSpan locked) return (Outcome.Locked(locked), null);
            if (check.Value is null) return (Outcome.Invalid("", NotVerified), null);
            complaint = check.Value;
        }
        var errors = input.Validate();
        var r = new Recommendation
        {
            Kind = input.Kind ?? RecommendationKind.Official,
            Title = input.Title?.Trim() ?? "",
            Description = input.Description?.Trim() ?? "",
            Change = input.Change?.Trim() ?? "",
            RecommenderName = input.Name?.Trim() ?? "",
            RecommenderPhone = input.Phone,
            RecommenderEmail = input.Email,
            Language = input.Language,
            Status = RecommendationStatus.Submitted,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (complaint is not null)
        {
            // The handler is looked up here, from the complaint's history; the citizen only supplied the receipt.
            var answered = await db.ComplaintEvents.Where(e => e.ComplaintId == complaint.Id && e.Kind == ComplaintEventKind.Answered && e.ActorId != null)
                .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).FirstOrDefaultAsync(ct);
            if (complaint.Answer is null || answered is null)
                return (Outcome.Conflict("답변을 받은 민원의 담당자만 추천할 수 있습니다."), null);
            var handler = await db.Users.FirstAsync(u => u.Id == answered.ActorId, ct);
            r.Kind = RecommendationKind.Official;
            r.ComplaintId = complaint.Id;
            r.NomineeId = handler.Id;
            r.NomineeAlias = answered.ActorAlias ?? handler.PublicAlias;
            r.DepartmentId = handler.DepartmentId;
        }
        else if (input.DepartmentId is int dept)
        {
            if (!await db.Departments.AnyAsync(d => d.Id == dept, ct)) errors["DepartmentId"] = "선택한 부서가 없습니다.";
            r.DepartmentId = dept;
        }
        if (errors.Count > 0) return (Outcome.Invalid(errors), null);

        r.PhoneLast4 = input.Phone is null ? null : KoreanPhone.Last4(input.Phone);
        if (!string.IsNullOrEmpty(input.Password)) r.PasswordHash = CitizenVerification.HashPassword(input.Password);
        db.Add(r);
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, r);
    }

    /// <summary>A recommendation for the citizen who made it: receipt number plus the password, else the phone digits; locked like complaints.</summary>
    public async Task<CitizenCheck<Recommendation>> FindForCitizenAsync(string? receipt, string? verification, CancellationToken ct)
    {
        if (!ProactiveReceipt.TryParse(receipt, out var id) || string.IsNullOrWhiteSpace(verification)) return CitizenCheck<Recommendation>.NotVerified;
        return await lockout.CheckAsync(ReceiptLockout.Key("AP", id), async () =>
        {
            var r = await db.Set<Recommendation>().Include(x => x.Department).Include(x => x.Period).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (r is null || !ProactiveReceipt.Names(receipt, r)) return null;
            return CitizenVerification.Matches(r.PhoneLast4, r.PasswordHash, verification) ? r : null;
        }, ct);
    }
}
