using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Alerts;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Alerts;

/// <summary>Every staff alert with who acknowledged and resolved it and when; responders act on them here.</summary>
public class IndexModel(StaffAlerts alerts, UserManager<StaffUser> users) : PageModel
{
    public List<StaffAlert> Recent { get; private set; } = [];
    public bool CanRespond => User.IsInRole(Roles.Safety) || User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin);

    public async Task OnGetAsync(CancellationToken ct) => Recent = await alerts.RecentAsync(100, ct);

    public Task<IActionResult> OnPostAcknowledgeAsync(long id, CancellationToken ct) => Respond(id, alerts.AcknowledgeAsync, ct);

    public Task<IActionResult> OnPostResolveAsync(long id, CancellationToken ct) => Respond(id, alerts.ResolveAsync, ct);

    async Task<IActionResult> Respond(long id, Func<long, string, CancellationToken, Task<bool>> action, CancellationToken ct)
    {
        if (!CanRespond) return Forbid();
        var me = await users.GetUserAsync(User);
        if (me is null || !await action(id, me.PublicAlias, ct)) return NotFound();
        return RedirectToPage();
    }
}
