using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Complaints;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Desk;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.CallCenter;

/// <summary>The customer support desk: visitor intake (entry bans refused), queue tickets, calling to a counter, filing.</summary>
public class DeskModel(DeskService desk, AppDbContext db, UserManager<StaffUser> users, IStringLocalizer<SharedResource> L) : PageModel
{
    public List<DeskTicket> Tickets { get; private set; } = [];
    public List<Category> Categories { get; private set; } = [];
    public Dictionary<int, Department> Departments { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public string? FailedAction { get; private set; }
    public IEnumerable<string> ErrorsFor(string action) => FailedAction == action ? Errors : [];
    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? VisitorName { get; set; }
    [BindProperty] public string? VisitorPhone { get; set; }
    [BindProperty] public int? Counter { get; set; }
    [BindProperty] public long? TicketId { get; set; }
    [BindProperty] public ComplaintInput Input { get; set; } = new() { Type = ComplaintType.Question };

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostIssueAsync(CancellationToken ct) => ActAsync("issue", async me =>
    {
        var (outcome, ticket) = await desk.IssueAsync(Purpose, VisitorName, VisitorPhone, me, ct);
        return (outcome, ticket is null ? null : L["번호표 {0}번을 발급했습니다.", ticket.Number].Value);
    }, ct);

    public Task<IActionResult> OnPostCallAsync(CancellationToken ct) => ActAsync("call", async me =>
    {
        var (outcome, ticket) = await desk.CallNextAsync(Counter, me, ct);
        return (outcome, ticket is null ? null : L["{0}번 방문객을 {1}번 창구로 호출했습니다.", ticket.Number, ticket.Counter!].Value);
    }, ct);

    public Task<IActionResult> OnPostFileAsync(CancellationToken ct) => ActAsync("file", async me =>
    {
        var ticket = TicketId is long id ? await desk.FindAsync(id, ct) : null;
        if (ticket is null) return (Outcome.NotFound(), null);
        Input.Language = LocalizationSetup.IsEnglish ? "en" : "ko";
        var (outcome, complaint) = await desk.FileAsync(ticket, Input, me, ct);
        return (outcome, complaint is null ? null : L["민원을 접수했습니다. 접수번호 {0}", complaint.ReceiptNumber].Value);
    }, ct);

    async Task<IActionResult> ActAsync(string action, Func<StaffUser, Task<(Outcome, string?)>> act, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        var (outcome, message) = await act(me);
        if (outcome.Succeeded)
        {
            Message = message;
            return RedirectToPage();
        }
        FailedAction = action;
        Errors.AddRange(outcome.Errors.Values.Select(e => L[e].Value));
        Response.StatusCode = outcome.Failure switch
        {
            Failure.Conflict => StatusCodes.Status409Conflict,
            Failure.Forbidden => StatusCodes.Status403Forbidden,
            Failure.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Tickets = await desk.TodayAsync(ct);
        Categories = await db.Categories.AsNoTracking().OrderBy(c => c.DepartmentId).ThenBy(c => c.Id).ToListAsync(ct);
        Departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
    }
}
