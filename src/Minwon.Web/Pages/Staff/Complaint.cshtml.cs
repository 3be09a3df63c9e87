using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Deadlines;
using Minwon.Web.Calendar;
using Minwon.Web.Complaints;
using Minwon.Web.Complaints.Groups;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Localization;
using Minwon.Web.Protection;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff;

/// <summary>
/// One complaint in the workspace: the citizen's text and contact, attachments, the clock, the full history, and one
/// POST form per action. Every action goes through <see cref="ComplaintService"/> and redirects back (PRG) with a message.
/// </summary>
public class ComplaintModel(AppDbContext db, ComplaintService service, DeadlineService deadlines, UserManager<StaffUser> users,
    ProtectiveReading reading, RepeatClosures closures, ComplaintGroups groups, ComplainantHistory complainants, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    [TempData] public string? Message { get; set; }

    public Complaint Complaint { get; private set; } = null!;
    public StaffUser Me { get; private set; } = null!;
    public List<StaffUser> Colleagues { get; private set; } = [];
    public List<Department> Departments { get; private set; } = [];
    public List<ComplaintEvent> History { get; private set; } = [];
    public Dictionary<int, Department> DepartmentsById { get; private set; } = [];
    public DeadlineUrgency Urgency { get; private set; }
    public double WorkingHoursLeft { get; private set; }
    /// <summary>The longest extension allowed: the original period, in days.</summary>
    public int MaxExtensionDays { get; private set; }
    /// <summary>Extensions are given in days; a period shorter than one working day (기타민원, 3 hours) in working hours.</summary>
    public bool PeriodAllowsDays { get; private set; }
    public int MaxExtensionHours { get; private set; }

    /// <summary>The latest screening of each incoming text of this complaint.</summary>
    public Dictionary<ScreenedField, ScreenedText> Screened { get; private set; } = [];
    /// <summary>The text whose original this response shows, after a logged reveal.</summary>
    public long? RevealedTextId { get; private set; }
    /// <summary>Earlier answered complaints of the same complainant that say nearly the same (Art. 23).</summary>
    public List<Complaint> Repeats { get; private set; } = [];
    public RepeatClosure? Closure { get; private set; }
    /// <summary>Restrictions in force on this complainant (entry ban, call suspension, written answers only).</summary>
    public List<ComplainantRestriction> Restrictions { get; private set; } = [];
    public bool CanSeeComplainantHistory => User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Safety);
    [BindProperty] public string? ClosureReason { get; set; }

    /// <summary>Art. 24: open complaints of other people that say nearly the same, and the group this one is in.</summary>
    public List<SimilarComplaint> Similar { get; private set; } = [];
    public GroupSummary? Group { get; private set; }
    /// <summary>Groups that hold similar complaints, which this one can join.</summary>
    public List<GroupSummary> JoinableGroups { get; private set; } = [];
    /// <summary>Different people among this complaint and the similar open ones not yet grouped.</summary>
    public int GroupablePeople { get; private set; }
    [BindProperty] public string? GroupTitle { get; set; }
    [BindProperty] public List<long> GroupMemberIds { get; set; } = [];
    [BindProperty] public string? GroupReceipts { get; set; }

    public ScreenedTextDisplay Display(ScreenedField field, string original, string elementId) =>
        new(Screened.GetValueOrDefault(field), original, Screened.GetValueOrDefault(field)?.Id == RevealedTextId, Complaint.Id, elementId);

    /// <summary>Which form the errors belong to, so they show next to it.</summary>
    public string? FailedAction { get; private set; }

    [BindProperty] public string? AssigneeId { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public int? TransferDepartmentId { get; set; }
    [BindProperty] public string? TransferReason { get; set; }
    [BindProperty] public int? ExtendDays { get; set; }
    [BindProperty] public int? ExtendHours { get; set; }
    [BindProperty] public string? ExtendReason { get; set; }
    [BindProperty] public string? CloseReason { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var (result, c) = await LoadAsync(id, ct);
        if (result is not null) return result;
        Answer = c!.AnswerDraft;
        await FillAsync(c, ct);
        return Page();
    }

    /// <summary>Shows one original text in this response and writes who saw it to the audit log.</summary>
    public async Task<IActionResult> OnPostRevealAsync(long id, long textId, CancellationToken ct)
    {
        var (result, c) = await LoadAsync(id, ct);
        if (result is not null) return result;
        if (await reading.RevealAsync(id, textId, Me, ct) is null) return NotFound();
        RevealedTextId = textId;
        Answer = c!.AnswerDraft;
        await FillAsync(c, ct);
        return Page();
    }

    public Task<IActionResult> OnPostProposeClosureAsync(long id, CancellationToken ct) =>
        ActAsync(id, "closure", async (c, me) => await closures.ProposeAsync(c, me, await reading.AnsweredRepeatsOfAsync(c, ct), ClosureReason, ct),
            "반복 민원 종결을 제안했습니다. 관리자가 승인하면 종결됩니다.", ct);

    public Task<IActionResult> OnPostDecideClosureAsync(long id, bool approve, CancellationToken ct) =>
        ActAsync(id, "closure", (c, me) => User.IsSupervisor() ? closures.DecideAsync(c, me, approve, ct) : Task.FromResult(Outcome.Forbidden()),
            approve ? "반복 민원 종결을 승인했습니다. 민원인에게 안내가 발송됩니다." : "반복 민원 종결 제안을 반려했습니다.", ct);

    public Task<IActionResult> OnPostGroupAsync(long id, CancellationToken ct) =>
        ActAsync(id, "group", async (c, me) =>
        {
            var (resolved, typed) = await groups.ResolveReceiptsAsync(GroupReceipts, ct);
            if (!resolved.Succeeded) return resolved;
            var (outcome, _) = await groups.CreateAsync(me, User.IsSupervisor(), GroupTitle, [c.Id, .. GroupMemberIds, .. typed], ct);
            return outcome;
        }, "다수인관련민원으로 묶었습니다. 묶음 화면에서 한 번에 답변할 수 있습니다.", ct);

    public Task<IActionResult> OnPostJoinGroupAsync(long id, long groupId, CancellationToken ct) =>
        ActAsync(id, "group", async (c, me) =>
        {
            var (loaded, group) = await groups.LoadAsync(groupId, me, User.IsSupervisor(), ct);
            return loaded.Succeeded ? await groups.AddAsync(group!, me, User.IsSupervisor(), [c.Id], ct) : loaded;
        }, "다수인관련민원 묶음에 추가했습니다.", ct);

    /// <summary>GET /staff/complaints/{id}?handler=Attachment&amp;attachmentId=…: the file as stored, always as a download.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(long id, long attachmentId, CancellationToken ct)
    {
        var (result, _) = await LoadAsync(id, ct);
        if (result is not null) return result;
        var file = await db.Attachments.AsNoTracking().Include(a => a.Content)
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.ComplaintId == id, ct);
        if (file?.Content is null) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        // FileContentResult with a download name writes Content-Disposition: attachment (RFC 6266, with filename*).
        return File(file.Content.Data, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostAssignAsync(long id, CancellationToken ct) =>
        ActAsync(id, "assign", (c, me) => service.AssignAsync(c, me, string.IsNullOrEmpty(AssigneeId) ? me.Id : AssigneeId, ct), "담당자를 배정했습니다.", ct);

    public Task<IActionResult> OnPostSaveDraftAsync(long id, CancellationToken ct) =>
        ActAsync(id, "answer", (c, me) => service.SaveDraftAsync(c, me, Answer, ct), "답변을 임시저장했습니다.", ct);

    public Task<IActionResult> OnPostSendAnswerAsync(long id, CancellationToken ct) =>
        ActAsync(id, "answer", (c, me) => service.SendAnswerAsync(c, me, Answer, ct), "답변을 발송했습니다.", ct);

    public Task<IActionResult> OnPostTransferAsync(long id, CancellationToken ct) =>
        ActAsync(id, "transfer", (c, me) => TransferDepartmentId is int to
            ? service.TransferAsync(c, me, to, TransferReason, ct)
            : Task.FromResult(Outcome.Invalid("DepartmentId", "이송할 부서를 선택해 주세요.")), "민원을 이송했습니다.", ct);

    public Task<IActionResult> OnPostExtendAsync(long id, CancellationToken ct) =>
        ActAsync(id, "extend", (c, me) => (ExtendHours ?? ExtendDays) is int amount
            ? service.ExtendAsync(c, me, amount, ExtendReason, ct)
            // Named after the field the form showed (hours for 기타민원), so the error stands next to that field.
            : Task.FromResult(Outcome.Invalid(Request.Form.ContainsKey(nameof(ExtendHours)) ? "Hours" : "Days", "연장할 기간을 입력해 주세요.")), "처리기간을 연장했습니다.", ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        ActAsync(id, "close", (c, me) => service.CloseAsync(c, me, CloseReason, ct), "민원을 종결했습니다.", ct);

    async Task<IActionResult> ActAsync(long id, string action, Func<Complaint, StaffUser, Task<Outcome>> act, string success, CancellationToken ct)
    {
        var (result, c) = await LoadAsync(id, ct);
        if (result is not null) return result;
        var outcome = await act(c!, Me);
        if (outcome.Succeeded)
        {
            Message = L[success];
            // After a transfer an officer may no longer see the complaint; the queue is where they continue.
            var stillVisible = User.IsSupervisor() || c!.DepartmentId == Me.DepartmentId;
            return stillVisible ? LocalRedirect($"/staff/complaints/{id}") : LocalRedirect("/staff/queue");
        }
        if (outcome.Failure is Failure.NotFound) return NotFound();
        if (outcome.Failure is Failure.Forbidden) return Forbid();

        FailedAction = action;
        foreach (var (field, message) in outcome.Errors) ModelState.AddModelError($"{action}.{field}", Minwon.Web.Pages.Complaints.PortalText.Translate(L, message));
        // A concurrency conflict clears the tracker; reload what is stored now.
        var (_, fresh) = await LoadAsync(id, ct);
        await FillAsync(fresh ?? c!, ct);
        Response.StatusCode = outcome.Failure == Failure.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    async Task<(IActionResult?, Complaint?)> LoadAsync(long id, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return (Challenge(), null);
        Me = me;
        var (outcome, c) = await service.LoadForStaffAsync(id, me, User.IsSupervisor(), ct);
        return outcome.Failure switch
        {
            Failure.None => (null, c),
            Failure.Forbidden => (Forbid(), null),
            _ => (NotFound(), null),
        };
    }

    async Task FillAsync(Complaint c, CancellationToken ct)
    {
        await db.Entry(c).Reference(x => x.Department).LoadAsync(ct);
        await db.Entry(c).Reference(x => x.Category).LoadAsync(ct);
        await db.Entry(c).Reference(x => x.Assignee).LoadAsync(ct);
        await db.Entry(c).Collection(x => x.Attachments).LoadAsync(ct);
        Complaint = c;
        Screened = (await reading.ForComplaintAsync(c.Id, ct)).GroupBy(s => s.Field).ToDictionary(g => g.Key, g => g.Last());
        Repeats = await reading.AnsweredRepeatsOfAsync(c, ct);
        Closure = await closures.LatestAsync(c.Id, ct);
        Group = c.GroupId is long g ? await groups.SummaryAsync(g, ct) : null;
        Similar = c.GroupId is null ? await groups.SimilarAsync(c, ct) : [];
        GroupablePeople = ComplaintGroups.People(Similar.Where(s => s.IsOpen && s.GroupId is null).Select(s => (s.Id, s.ComplainantKey)).Append((c.Id, c.ComplainantKey)));
        var joinable = Similar.Where(s => s.GroupId is not null).Select(s => s.GroupId!.Value).Distinct().ToList();
        // In the order of their most similar complaint.
        JoinableGroups = joinable.Count == 0 ? [] : (await groups.ListAsync(null, ct, joinable)).OrderBy(g => joinable.IndexOf(g.Id)).ToList();
        // Suggested on the page as it opens; an emptied field posted back stays empty next to its error.
        if (HttpMethods.IsGet(Request.Method)) GroupTitle ??= c.MaskedTitle ?? c.Title;
        Restrictions = await complainants.ActiveRestrictionsAsync(c.ComplainantKey, ct);
        History = await db.ComplaintEvents.AsNoTracking().Where(e => e.ComplaintId == c.Id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        Colleagues = await db.Users.AsNoTracking().Where(u => u.DepartmentId == c.DepartmentId).OrderBy(u => u.PublicAlias).ToListAsync(ct);
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct);
        DepartmentsById = Departments.ToDictionary(d => d.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        WorkingHoursLeft = await deadlines.WorkingHoursLeftAsync(now, c.DueAt, ct);
        Urgency = c.IsOpen ? StaffText.Urgency(now, c.DueAt, WorkingHoursLeft) : DeadlineUrgency.OnTrack;
        var period = await deadlines.PeriodForAsync(c, ct);
        MaxExtensionDays = period.Days;
        PeriodAllowsDays = ComplaintService.ExtendsInDays(period);
        MaxExtensionHours = period.WorkingHours;
    }

    public string? ErrorFor(string action, string field = "") =>
        ModelState.TryGetValue($"{action}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Every error of one form, for its summary line.</summary>
    public IEnumerable<string> ErrorsFor(string action) => ModelState
        .Where(kv => kv.Key.StartsWith(action + ".", StringComparison.Ordinal))
        .SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage));
}
