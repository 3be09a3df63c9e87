using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Screening.Duplicates;
using Minwon.Web.Data;
using Minwon.Web.Staff;

namespace Minwon.Web.Complaints.Groups;

/// <summary>A complaint of another person that says nearly the same as the one being read.</summary>
public sealed record SimilarComplaint(long Id, string ReceiptNumber, string Title, ComplaintStatus Status, DateTime ReceivedAt, DateTime DueAt,
    long? GroupId, string? ComplainantKey, double Similarity)
{
    public bool IsOpen => Complaint.IsOpenStatus(Status);
}

/// <summary>One group in a list: how many complaints and people, how many still wait for the answer, the nearest deadline.</summary>
public sealed record GroupSummary(long Id, string Title, int DepartmentId, DateTime CreatedAt, int Complaints, int People, int Open, DateTime? NextDueAt);

/// <summary>
/// 다수인관련민원 (Art. 24): finds complaints of other people that say nearly the same, groups complaints of five or
/// more people in one department, and answers them together. Every change to a complaint goes through
/// <see cref="ComplaintService"/>, so history, versions and notices work as for a single complaint.
/// </summary>
public sealed class ComplaintGroups(AppDbContext db, ComplaintService complaints, TimeProvider clock)
{
    /// <summary>Art. 24: "다수인관련민원" are complaints of five or more people about a shared interest.</summary>
    public const int MinimumPeople = 5;
    /// <summary>Estimated Jaccard similarity of the texts from which another person's complaint is suggested.</summary>
    public const double SuggestSimilarity = 0.5;
    public const int TitleMax = 200;
    public const int MaxPerRequest = 500;
    /// <summary>The most similar complaints shown: more would bury the page, and the rest can be added by receipt number.</summary>
    public const int MaxSuggestions = 50;
    /// <summary>How many of the department's recent complaints are compared (newest first); see ADR-006.</summary>
    const int MaxCandidates = 2000;
    /// <summary>How far back suggestions look: a shared concern arrives within weeks, not years.</summary>
    static readonly TimeSpan SuggestWindow = TimeSpan.FromDays(90);

    /// <summary>Complaints of other people in the same department that say nearly the same, most similar first.</summary>
    public async Task<List<SimilarComplaint>> SimilarAsync(Complaint c, CancellationToken ct)
    {
        if (c.Fingerprint is null) return [];
        var mine = MinHashFingerprint.FromBytes(c.Fingerprint);
        var since = c.ReceivedAt - SuggestWindow;
        var candidates = await db.Complaints.AsNoTracking()
            .Where(x => x.DepartmentId == c.DepartmentId && x.Id != c.Id && x.Fingerprint != null && x.ReceivedAt >= since
                        && (c.ComplainantKey == null || x.ComplainantKey != c.ComplainantKey)
                        && (x.GroupId != null || x.Status == ComplaintStatus.Received || x.Status == ComplaintStatus.Assigned))
            .OrderByDescending(x => x.ReceivedAt).Take(MaxCandidates)
            .Select(x => new { x.Id, x.ReceivedAt, x.Title, x.MaskedTitle, x.Status, x.DueAt, x.GroupId, x.ComplainantKey, x.Fingerprint })
            .ToListAsync(ct);
        return candidates
            .Select(x => (Row: x, Similarity: mine.EstimateSimilarity(MinHashFingerprint.FromBytes(x.Fingerprint!))))
            .Where(x => x.Similarity >= SuggestSimilarity)
            .OrderByDescending(x => x.Similarity).ThenBy(x => x.Row.Id)
            .Take(MaxSuggestions)
            .Select(x => new SimilarComplaint(x.Row.Id, ReceiptNumber.Format(x.Row.Id, x.Row.ReceivedAt), x.Row.MaskedTitle ?? x.Row.Title, x.Row.Status,
                x.Row.ReceivedAt, x.Row.DueAt, x.Row.GroupId, x.Row.ComplainantKey, x.Similarity))
            .ToList();
    }

    /// <summary>Different people among complaints (by complainant key: phone or e-mail; a complaint without one counts alone).</summary>
    public static int People(IEnumerable<(long Id, string? ComplainantKey)> complaints) =>
        complaints.Select(x => x.ComplainantKey ?? "#" + x.Id).Distinct(StringComparer.Ordinal).Count();

    public async Task<(Outcome Outcome, ComplaintGroup? Group)> CreateAsync(StaffUser actor, bool isSupervisor, string? title, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(title)) return (Outcome.Invalid("Title", "묶음의 제목을 입력해 주세요."), null);
        if (title.Trim().Length > TitleMax) return (Outcome.Invalid("Title", "제목은 200자 이내로 입력해 주세요."), null);
        var (outcome, members) = await MembersAsync(actor, isSupervisor, ids, null, ct);
        if (!outcome.Succeeded) return (outcome, null);
        if (People(members.Select(m => (m.Id, m.ComplainantKey))) < MinimumPeople)
            return (Outcome.Invalid("ComplaintIds", "다수인관련민원으로 묶으려면 서로 다른 민원인 5명 이상의 민원을 선택해 주세요."), null);
        var group = new ComplaintGroup
        {
            DepartmentId = members[0].DepartmentId, Title = title.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedById = actor.Id, CreatedByAlias = actor.PublicAlias,
        };
        outcome = await complaints.GroupAsync(group, members, actor, ct);
        return outcome.Succeeded ? (outcome, group) : (outcome, null);
    }

    public async Task<Outcome> AddAsync(ComplaintGroup group, StaffUser actor, bool isSupervisor, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var (outcome, members) = await MembersAsync(actor, isSupervisor, ids, group.DepartmentId, ct);
        return outcome.Succeeded ? await complaints.GroupAsync(group, members, actor, ct) : outcome;
    }

    /// <summary>Deletes a group that has no complaint left (all taken out); a group with complaints stays as their record.</summary>
    public async Task<Outcome> DeleteAsync(ComplaintGroup group, CancellationToken ct)
    {
        if (await db.Complaints.AnyAsync(c => c.GroupId == group.Id, ct))
            return Outcome.Conflict("민원이 남아 있는 묶음은 삭제할 수 없습니다. 먼저 모든 민원을 빼 주세요.");
        db.Remove(group);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>Takes one open complaint out of the group (grouped by mistake); the group keeps the others.</summary>
    public async Task<Outcome> RemoveAsync(ComplaintGroup group, StaffUser actor, long complaintId, CancellationToken ct)
    {
        var member = await db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId && c.GroupId == group.Id, ct);
        if (member is null) return new Outcome(Failure.NotFound, new Dictionary<string, string> { [""] = "이 묶음에 그 민원이 없습니다." });
        return await complaints.UngroupAsync(member, actor, ct);
    }

    /// <summary>Answers every open complaint of the group with one text; returns how many were answered.</summary>
    public async Task<(Outcome Outcome, int Answered)> AnswerAsync(ComplaintGroup group, StaffUser actor, string? text, CancellationToken ct)
    {
        var members = await db.Complaints.Where(c => c.GroupId == group.Id).OrderBy(c => c.Id).ToListAsync(ct);
        return await complaints.AnswerTogetherAsync(members, actor, text, ct);
    }

    /// <summary>A group as staff may see it: officers only their own department's, supervisors and administrators any.</summary>
    public async Task<(Outcome Outcome, ComplaintGroup? Group)> LoadAsync(long id, StaffUser actor, bool isSupervisor, CancellationToken ct)
    {
        var group = await db.Set<ComplaintGroup>().Include(g => g.Department).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return (new Outcome(Failure.NotFound, new Dictionary<string, string> { [""] = "다수인관련민원 묶음을 찾을 수 없습니다." }), null);
        if (!isSupervisor && group.DepartmentId != actor.DepartmentId) return (Outcome.Forbidden("이 묶음을 처리할 권한이 없습니다."), null);
        return (Outcome.Ok, group);
    }

    public Task<List<Complaint>> MembersOfAsync(long groupId, CancellationToken ct) =>
        db.Complaints.AsNoTracking().Where(c => c.GroupId == groupId).OrderBy(c => c.DueAt).ThenBy(c => c.Id).ToListAsync(ct);

    /// <summary>
    /// Receipt numbers typed by staff (separated by commas, spaces or lines) as complaint ids. A number counts only when it
    /// is a complaint's whole receipt number: the serial alone would let a typo in the month pick another citizen.
    /// </summary>
    public async Task<(Outcome Outcome, List<long> Ids)> ResolveReceiptsAsync(string? text, CancellationToken ct)
    {
        var typed = new List<(string Text, long Id, string YearMonth)>();
        foreach (var part in (text ?? "").Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!ReceiptNumber.TryParse(part, out var id, out var yearMonth))
                return (Outcome.Invalid("Receipts", $"접수번호를 확인해 주세요. MW-2612-000123 형식으로, 쉼표로 구분해 입력합니다: {part}"), []);
            typed.Add((part, id, yearMonth));
        }
        var ids = typed.Select(t => t.Id).Distinct().ToList();
        var stored = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.ReceivedAt }).ToListAsync(ct);
        var months = stored.ToDictionary(c => c.Id, c => ReceiptNumber.Format(c.Id, c.ReceivedAt).Split('-')[1]);
        var unknown = typed.Where(t => months.GetValueOrDefault(t.Id) != t.YearMonth).Select(t => t.Text).ToList();
        return unknown.Count > 0 ? (Outcome.Invalid("Receipts", $"찾을 수 없는 접수번호입니다: {string.Join(", ", unknown)}"), []) : (Outcome.Ok, ids);
    }

    public async Task<GroupSummary?> SummaryAsync(long groupId, CancellationToken ct) =>
        (await ListAsync(null, ct, [groupId])).FirstOrDefault();

    /// <summary>The groups of one department (or all; or only those of <paramref name="groupIds"/>), newest first.</summary>
    public async Task<List<GroupSummary>> ListAsync(int? departmentId, CancellationToken ct, IReadOnlyCollection<long>? groupIds = null)
    {
        var groups = await db.Set<ComplaintGroup>().AsNoTracking()
            .Where(g => departmentId == null || g.DepartmentId == departmentId)
            .Where(g => groupIds == null || groupIds.Contains(g.Id))
            .OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id).Take(200)
            .Select(g => new { g.Id, g.Title, g.DepartmentId, g.CreatedAt })
            .ToListAsync(ct);
        var ids = groups.Select(g => g.Id).ToList();
        var members = await db.Complaints.AsNoTracking().Where(c => c.GroupId != null && ids.Contains(c.GroupId.Value))
            .Select(c => new { c.Id, GroupId = c.GroupId!.Value, c.ComplainantKey, c.Status, c.DueAt })
            .ToListAsync(ct);
        var byGroup = members.ToLookup(m => m.GroupId);
        return groups.Select(g =>
        {
            var m = byGroup[g.Id].ToList();
            var open = m.Where(x => Complaint.IsOpenStatus(x.Status)).ToList();
            return new GroupSummary(g.Id, g.Title, g.DepartmentId, g.CreatedAt, m.Count, People(m.Select(x => (x.Id, x.ComplainantKey))), open.Count,
                open.Count == 0 ? null : open.Min(x => x.DueAt));
        }).ToList();
    }

    // The complaints to put into a group: they exist, are open, ungrouped, in one department the actor works for (the
    // group's, or for a new group the actor's own; a supervisor's new group takes the department of the first complaint).
    // Each refusal names the complaints it is about.
    async Task<(Outcome, List<Complaint>)> MembersAsync(StaffUser actor, bool isSupervisor, IReadOnlyCollection<long> ids, int? departmentId, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return (Outcome.Invalid("ComplaintIds", "함께 묶을 민원을 선택해 주세요."), []);
        if (wanted.Count > MaxPerRequest) return (Outcome.Invalid("ComplaintIds", "한 번에 500건까지 묶을 수 있습니다."), []);
        var members = await db.Complaints.Where(c => wanted.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(ct);
        var missing = wanted.Except(members.Select(m => m.Id)).ToList();
        if (missing.Count > 0) return (Outcome.Invalid("ComplaintIds", $"찾을 수 없는 민원입니다: {string.Join(", ", missing)}"), []);
        var department = departmentId ?? (isSupervisor ? members.First(m => m.Id == wanted[0]).DepartmentId : actor.DepartmentId);
        if (!isSupervisor && department != actor.DepartmentId) return (Outcome.Forbidden("이 묶음을 처리할 권한이 없습니다."), []);
        if (Named(members.Where(m => m.DepartmentId != department)) is { } elsewhere)
            return (Outcome.Invalid("ComplaintIds", isSupervisor
                ? $"같은 부서의 민원만 함께 묶을 수 있습니다: {elsewhere}"
                : $"담당 부서의 민원만 묶을 수 있습니다: {elsewhere}"), []);
        if (Named(members.Where(m => !m.IsOpen)) is { } finished)
            return (Refused($"처리가 끝난 민원은 묶을 수 없습니다: {finished}"), []);
        if (Named(members.Where(m => m.GroupId is not null)) is { } grouped)
            return (Refused($"이미 다수인관련민원으로 묶인 민원입니다: {grouped}"), []);
        return (Outcome.Ok, members);
    }

    static string? Named(IEnumerable<Complaint> complaints) =>
        string.Join(", ", complaints.Select(c => c.ReceiptNumber)) is { Length: > 0 } names ? names : null;

    // A conflict with the stored state, still tied to the field that chose the complaints.
    static Outcome Refused(string message) => new(Failure.Conflict, new Dictionary<string, string> { ["ComplaintIds"] = message });
}
