using Microsoft.EntityFrameworkCore;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Staff;

namespace Minwon.Web.Protection;

/// <summary>
/// Art. 23: an officer proposes closing a complaint that repeats ones already answered at least twice; a supervisor
/// approves (the complaint closes and the citizen gets the statutory notice) or rejects it.
/// </summary>
public sealed class RepeatClosures(AppDbContext db, ComplaintService complaints, TimeProvider clock)
{
    public Task<RepeatClosure?> LatestAsync(long complaintId, CancellationToken ct) =>
        db.Set<RepeatClosure>().Where(r => r.ComplaintId == complaintId).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    public Task<List<RepeatClosure>> PendingAsync(CancellationToken ct) =>
        db.Set<RepeatClosure>().AsNoTracking().Where(r => r.Decision == ClosureDecision.Pending).OrderBy(r => r.ProposedAt).ToListAsync(ct);

    public async Task<Outcome> ProposeAsync(Complaint c, StaffUser actor, IReadOnlyList<Complaint> answeredRepeats, string? reason, CancellationToken ct)
    {
        if (!c.IsOpen) return Outcome.Conflict("처리가 끝난 민원입니다.");
        if (answeredRepeats.Count < ProtectiveReading.AnsweredTimesForClosure)
            return Outcome.Conflict("같은 내용으로 2회 이상 답변한 민원이 있어야 반복 민원으로 종결할 수 있습니다.");
        if (await LatestAsync(c.Id, ct) is { Decision: ClosureDecision.Pending })
            return Outcome.Conflict("이미 종결 제안이 승인을 기다리고 있습니다.");
        if (string.IsNullOrWhiteSpace(reason)) return Outcome.Invalid("Reason", "종결 제안 사유를 입력해 주세요.");
        if (reason.Length > 1000) return Outcome.Invalid("Reason", "사유는 1,000자 이내로 입력해 주세요.");
        db.Set<RepeatClosure>().Add(new RepeatClosure
        {
            ComplaintId = c.Id, Reason = reason.Trim(), ProposedById = actor.Id, ProposedByAlias = actor.PublicAlias,
            ProposedAt = clock.GetUtcNow().UtcDateTime,
            EarlierReceipts = string.Join(", ", answeredRepeats.Select(r => r.ReceiptNumber)),
        });
        return await complaints.RecordAsync(c, actor, ComplaintEventKind.ClosureProposed, reason.Trim(), ct);
    }

    public async Task<Outcome> DecideAsync(Complaint c, StaffUser supervisor, bool approve, CancellationToken ct)
    {
        var proposal = await LatestAsync(c.Id, ct);
        if (proposal is not { Decision: ClosureDecision.Pending }) return Outcome.Conflict("승인을 기다리는 종결 제안이 없습니다.");
        proposal.Decision = approve ? ClosureDecision.Approved : ClosureDecision.Rejected;
        proposal.DecidedAt = clock.GetUtcNow().UtcDateTime;
        proposal.DecidedByAlias = supervisor.PublicAlias;
        return approve
            ? await complaints.CloseAsRepeatAsync(c, supervisor, proposal.EarlierReceipts, ct)
            : await complaints.RecordAsync(c, supervisor, ComplaintEventKind.ClosureRejected, null, ct);
    }
}
