using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Complaints.Groups;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff.Groups;

/// <summary>One 다수인관련민원 group: its complaints, more complaints by receipt number, and one answer for every open one.</summary>
public sealed class GroupModel(ComplaintGroups groups, UserManager<StaffUser> users, IStringLocalizer<SharedResource> L) : PageModel
{
    [TempData] public string? Message { get; set; }
    public ComplaintGroup Group { get; private set; } = null!;
    public List<Complaint> Members { get; private set; } = [];
    public int People { get; private set; }
    [BindProperty] public string? Receipts { get; set; }
    [BindProperty] public string? Answer { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var (result, _) = await LoadAsync(id, ct);
        return result ?? Page();
    }

    public Task<IActionResult> OnPostAddAsync(long id, CancellationToken ct) =>
        ActAsync(id, "add", async (g, me) =>
        {
            if (string.IsNullOrWhiteSpace(Receipts)) return Outcome.Invalid("Receipts", "더할 민원의 접수번호를 입력해 주세요.");
            var (resolved, ids) = await groups.ResolveReceiptsAsync(Receipts, ct);
            return resolved.Succeeded ? await groups.AddAsync(g, me, User.IsSupervisor(), ids, ct) : resolved;
        }, () => L["묶음에 민원을 더했습니다."], ct);

    /// <summary>Deletes the group once every complaint has been taken out of it.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        var (result, _) = await LoadAsync(id, ct);
        if (result is not null) return result;
        var outcome = await groups.DeleteAsync(Group, ct);
        if (!outcome.Succeeded) return await FailedAsync(id, "delete", outcome, ct);
        Message = L["묶음을 삭제했습니다."];
        return LocalRedirect("/staff/groups");
    }

    public Task<IActionResult> OnPostRemoveAsync(long id, long complaintId, CancellationToken ct) =>
        ActAsync(id, "remove", (g, me) => groups.RemoveAsync(g, me, complaintId, ct),
            () => L["{0} 민원을 묶음에서 뺐습니다. 이 민원은 따로 처리합니다.", Members.Single(m => m.Id == complaintId).ReceiptNumber], ct);

    public Task<IActionResult> OnPostAnswerAsync(long id, CancellationToken ct) =>
        ActAsync(id, "answer", async (g, me) => (await groups.AnswerAsync(g, me, Answer, ct)).Outcome,
            () => L["묶음의 민원에 한꺼번에 답변했습니다. 민원인마다 안내가 발송됩니다."], ct);

    // The success message is made after the action, from the members as they were loaded before it.
    async Task<IActionResult> ActAsync(long id, string action, Func<ComplaintGroup, StaffUser, Task<Outcome>> act, Func<string> success, CancellationToken ct)
    {
        var (result, me) = await LoadAsync(id, ct);
        if (result is not null) return result;
        var outcome = await act(Group, me!);
        if (outcome.Succeeded)
        {
            Message = success();
            return LocalRedirect($"/staff/groups/{id}");
        }
        return await FailedAsync(id, action, outcome, ct);
    }

    async Task<IActionResult> FailedAsync(long id, string action, Outcome outcome, CancellationToken ct)
    {
        if (outcome.Failure is Failure.Forbidden) return Forbid();
        foreach (var (field, message) in outcome.Errors)
            ModelState.AddModelError(field == "ComplaintIds" ? $"{action}.Receipts" : $"{action}.{field}", Minwon.Web.Pages.Complaints.PortalText.Translate(L, message));
        await LoadAsync(id, ct);
        Response.StatusCode = outcome.Failure == Failure.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    async Task<(IActionResult?, StaffUser?)> LoadAsync(long id, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return (Challenge(), null);
        var (loaded, group) = await groups.LoadAsync(id, me, User.IsSupervisor(), ct);
        if (loaded.Failure is Failure.Forbidden) return (Forbid(), me);
        if (!loaded.Succeeded) return (NotFound(), me);
        Group = group!;
        Members = await groups.MembersOfAsync(id, ct);
        People = ComplaintGroups.People(Members.Select(m => (m.Id, m.ComplainantKey)));
        return (null, me);
    }

    /// <summary>Every error of one form, for its summary.</summary>
    public IEnumerable<string> ErrorsFor(string action) => ModelState
        .Where(kv => kv.Key.StartsWith(action + ".", StringComparison.Ordinal))
        .SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage));
}
