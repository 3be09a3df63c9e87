using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Minwon.Core.Complaints;
using Minwon.Web.CallCenter;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Localization;
using Minwon.Web.Protection;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.CallCenter;

/// <summary>
/// One call in the agent console: the timer, the caller's history and restrictions, screened notes, the abusive-call
/// protocol (warnings read from the script, ending under the policy) and what the agent does for the caller.
/// </summary>
public class CallModel(CallCenterService calls, ComplainantHistory history, AppDbContext db, UserManager<StaffUser> users,
    IOptions<CallCenterOptions> options, IStringLocalizer<SharedResource> L) : PageModel
{
    public CallRecord Call { get; private set; } = null!;
    public CallerLookup Caller { get; private set; } = null!;
    public CallCenterOptions Policy => options.Value;
    public TimeSpan Elapsed => calls.Elapsed(Call);
    public bool PastWarnTime => calls.PastWarnTime(Call);
    public bool MayEndUnderPolicy => calls.MayEndUnderPolicy(Call);
    public Dictionary<long, ScreenedText> ScreenedNotes { get; private set; } = [];
    public long? RevealedTextId { get; private set; }
    public List<Department> Departments { get; private set; } = [];
    public List<Category> Categories { get; private set; } = [];
    public string? Message { get; private set; }
    public string? FailedAction { get; private set; }
    public List<string> Errors { get; } = [];
    public IEnumerable<string> ErrorsFor(string action) => FailedAction == action ? Errors : [];

    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public int? DepartmentId { get; set; }
    [BindProperty] public ComplaintInput Input { get; set; } = new();

    public ScreenedTextDisplay NoteDisplay(CallNote n) =>
        new(ScreenedNotes.GetValueOrDefault(n.ScreenedTextId), n.Text, n.ScreenedTextId == RevealedTextId, Call.Id, $"note-{n.Id}");

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Phone = Call.CallerNumber;
        Input.Type = ComplaintType.Question;
        return Page();
    }

    public Task<IActionResult> OnPostTakeAsync(long id, CancellationToken ct) => ActAsync(id, "take", me => calls.TakeAsync(Call, me, ct), "통화를 응대합니다.", ct);

    public Task<IActionResult> OnPostNoteAsync(long id, CancellationToken ct) => ActAsync(id, "note", me => calls.AddNoteAsync(Call, me, Note, ct), "메모를 저장했습니다.", ct);

    public Task<IActionResult> OnPostWarnAsync(long id, CancellationToken ct) =>
        ActAsync(id, "warn", async me => (await calls.WarnAsync(Call, me, Language, ct)).Item1, "경고를 기록했습니다.", ct);

    public Task<IActionResult> OnPostEndPolicyAsync(long id, CancellationToken ct) =>
        ActAsync(id, "policy", me => calls.EndUnderPolicyAsync(Call, me, ct), "규정에 따라 통화를 종료했습니다.", ct);

    public Task<IActionResult> OnPostEndAsync(long id, CancellationToken ct) =>
        ActAsync(id, "end", me => calls.EndAsync(Call, me, CallEndReason.Completed, null, null, ct), "통화를 종료했습니다.", ct);

    public Task<IActionResult> OnPostAnswerAsync(long id, CancellationToken ct) =>
        ActAsync(id, "answer", me => calls.AnswerAsync(Call, me, Answer, ct), "답변을 기록했습니다.", ct);

    public Task<IActionResult> OnPostTransferAsync(long id, CancellationToken ct) =>
        ActAsync(id, "transfer", me => calls.TransferAsync(Call, me, DepartmentId, ct), "부서로 연결하고 통화를 종료했습니다.", ct);

    public Task<IActionResult> OnPostFileAsync(long id, CancellationToken ct) =>
        ActAsync(id, "file", async me =>
        {
            Input.Language = LocalizationSetup.IsEnglish ? "en" : "ko";
            return (await calls.FileForCallerAsync(Call, me, Input, ct)).Item1;
        }, "민원을 대리 접수했습니다.", ct);

    /// <summary>Shows a note's original in this response and writes who saw it to the audit log.</summary>
    public async Task<IActionResult> OnPostRevealAsync(long id, long textId, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!await calls.RevealNoteAsync(Call, textId, me, ct)) return NotFound();
        RevealedTextId = textId;
        return Page();
    }

    async Task<IActionResult> ActAsync(long id, string action, Func<StaffUser, Task<Outcome>> act, string success, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        if (!await LoadAsync(id, ct)) return NotFound();
        var outcome = await act(me);
        if (outcome.Succeeded)
        {
            TempData["CallMessage"] = L[success].Value;
            return Redirect($"/staff/callcenter/calls/{id}");
        }
        FailedAction = action;
        Errors.AddRange(outcome.Errors.Values.Select(e => L[e].Value));
        Response.StatusCode = outcome.Failure == Failure.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        await LoadAsync(id, ct);
        return Page();
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var call = await calls.FindAsync(id, ct);
        if (call is null) return false;
        await calls.EnforceTimeLimitAsync(call, ct);
        Call = call;
        Caller = await CallerLookup.LoadAsync(call.ComplainantKey, call.Id, history, calls, ct);
        ScreenedNotes = (await calls.ScreenedNotesAsync(call, ct)).ToDictionary(s => s.Id);
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct);
        Categories = await db.Categories.AsNoTracking().OrderBy(c => c.DepartmentId).ThenBy(c => c.Id).ToListAsync(ct);
        Message ??= TempData["CallMessage"] as string;
        return true;
    }
}
