using Microsoft.EntityFrameworkCore;
using Minwon.Core.Contact;
using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Protection;
using Minwon.Web.Staff;

namespace Minwon.Web.Desk;

/// <summary>
/// The customer support desk: intake of a visitor (an entry ban refuses the ticket), queue tickets numbered per day,
/// calling the next visitor to a counter, and a complaint filed for the visitor into the normal pipeline.
/// </summary>
public sealed class DeskService(AppDbContext db, ComplainantHistory history, ComplaintService complaints, TimeProvider clock)
{
    public const int Counters = 5;
    DateTime Now => clock.GetUtcNow().UtcDateTime;
    DateOnly Today => DateOnly.FromDateTime(KoreaTime.ToKst(Now));

    public async Task<(Outcome, DeskTicket?)> IssueAsync(string? purpose, string? name, string? phone, StaffUser staff, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(purpose) || purpose.Trim().Length > 200) errors["Purpose"] = "방문 목적을 200자 이내로 입력해 주세요.";
        if (name?.Trim().Length > 50) errors["VisitorName"] = "이름은 50자 이내로 입력해 주세요.";
        string? normalized = null;
        if (!string.IsNullOrWhiteSpace(phone))
        {
            if (KoreanPhone.TryNormalize(phone, out var n)) normalized = n;
            else errors["VisitorPhone"] = "전화번호 형식이 올바르지 않습니다. 예: 010-1234-5678";
        }
        if (errors.Count > 0) return (Outcome.Invalid(errors), null);
        var key = ComplainantKey.From(normalized, null);
        var restrictions = await history.ActiveRestrictionsAsync(key, ct);
        if (restrictions.Any(r => r.Kind == RestrictionKind.EntryBan))
            return (Outcome.Forbidden("청사 출입 제한 중인 민원인입니다. 번호표를 발급하지 말고 서면 접수를 안내해 주세요."), null);

        for (var attempt = 0; ; attempt++)
        {
            var day = Today;
            var next = (await db.Set<DeskTicket>().Where(t => t.Day == day).MaxAsync(t => (int?)t.Number, ct) ?? 0) + 1;
            var ticket = new DeskTicket
            {
                Day = day, Number = next, Purpose = purpose!.Trim(), VisitorName = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
                VisitorPhone = normalized, ComplainantKey = key, Status = TicketStatus.Waiting, IssuedAt = Now, IssuedByAlias = staff.PublicAlias,
            };
            db.Set<DeskTicket>().Add(ticket);
            try
            {
                await db.SaveChangesAsync(ct);
                return (Outcome.Ok, ticket);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Two desks issued the same number at once: take the next one.
                db.Entry(ticket).State = EntityState.Detached;
            }
        }
    }

    public Task<List<DeskTicket>> TodayAsync(CancellationToken ct)
    {
        var day = Today;
        return db.Set<DeskTicket>().AsNoTracking().Where(t => t.Day == day).OrderBy(t => t.Number).ToListAsync(ct);
    }

    /// <summary>Calls the longest-waiting visitor to the counter; the previous visitor at that counter is done.</summary>
    public async Task<(Outcome, DeskTicket?)> CallNextAsync(int? counter, StaffUser staff, CancellationToken ct)
    {
        if (counter is null or < 1 or > Counters) return (Outcome.Invalid("Counter", "창구 번호를 선택해 주세요."), null);
        var day = Today;
        var next = await db.Set<DeskTicket>().Where(t => t.Day == day && t.Status == TicketStatus.Waiting).OrderBy(t => t.Number).FirstOrDefaultAsync(ct);
        if (next is null) return (Outcome.Conflict("기다리는 방문객이 없습니다."), null);
        foreach (var previous in await db.Set<DeskTicket>().Where(t => t.Day == day && t.Status == TicketStatus.Called && t.Counter == counter).ToListAsync(ct))
        {
            previous.Status = TicketStatus.Done;
            previous.DoneAt = Now;
        }
        next.Status = TicketStatus.Called;
        next.Counter = counter;
        next.CalledAt = Now;
        next.CalledByAlias = staff.PublicAlias;
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, next);
    }

    public Task<DeskTicket?> FindAsync(long id, CancellationToken ct) => db.Set<DeskTicket>().FirstOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>Files the visitor's complaint (the visitor consented at the counter); the ticket is done.</summary>
    public async Task<(Outcome, Complaint?)> FileAsync(DeskTicket ticket, ComplaintInput input, StaffUser staff, CancellationToken ct)
    {
        if (ticket.Status != TicketStatus.Called) return (Outcome.Conflict("창구로 호출한 방문객만 민원을 접수할 수 있습니다."), null);
        var (outcome, complaint) = await complaints.FileAsync(input, [], ct, filedByAlias: staff.PublicAlias);
        if (!outcome.Succeeded) return (outcome, null);
        ticket.ComplaintId = complaint!.Id;
        ticket.Status = TicketStatus.Done;
        ticket.DoneAt = Now;
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, complaint);
    }
}
