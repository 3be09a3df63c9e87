using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Emergency;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Alerts;

/// <summary>
/// A drill as its participants see it (any staff role may be given a part): the scenario, the roles, and the button
/// that records their acknowledgement. The safety team, supervisors and administrators start and end it here.
/// </summary>
public class DrillModel(Drills drills, UserManager<StaffUser> users) : PageModel
{
    public Drill Drill { get; private set; } = null!;
    public string? MyUserId { get; private set; }
    public bool CanRun => User.IsInRole(Roles.Safety) || User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin);
    [BindProperty] public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var drill = await drills.FindAsync(id, ct);
        if (drill is null || !(CanRun || Drills.VisibleToParticipants(drill))) return NotFound();
        Drill = drill;
        MyUserId = users.GetUserId(User);
        return Page();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(long id, CancellationToken ct)
    {
        var userId = users.GetUserId(User);
        if (userId is null) return Challenge();
        await drills.AcknowledgeAsync(id, userId, ct);
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostStartAsync(long id, CancellationToken ct) => Run(id, (alias) => drills.StartAsync(id, alias, ct));

    public Task<IActionResult> OnPostEndAsync(long id, CancellationToken ct) => Run(id, (alias) => drills.EndAsync(id, Notes, alias, ct));

    public async Task<IActionResult> OnPostCancelAsync(long id, CancellationToken ct)
    {
        if (!CanRun) return Forbid();
        return await drills.CancelAsync(id, ct) ? Redirect("/staff/protection/drills") : RedirectToPage(new { id });
    }

    async Task<IActionResult> Run(long id, Func<string, Task<bool>> action)
    {
        if (!CanRun) return Forbid();
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        await action(me.PublicAlias);
        return RedirectToPage(new { id });
    }
}
