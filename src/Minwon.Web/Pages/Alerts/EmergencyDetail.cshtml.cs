using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Alerts;
using Minwon.Web.Data;
using Minwon.Web.Emergency;
using Minwon.Web.Notifications;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Alerts;

/// <summary>One emergency: who rang it where, who acknowledged and resolved it when, and whether every message went out.</summary>
public class EmergencyDetailModel(AppDbContext db, StaffAlerts alerts, UserManager<StaffUser> users) : PageModel
{
    public EmergencyAlert Alert { get; private set; } = null!;
    public List<OutboxMessage> Deliveries { get; private set; } = [];
    public bool CanRespond => User.IsInRole(Roles.Safety) || User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var alert = await db.Set<EmergencyAlert>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (alert is null) return NotFound();
        Alert = alert;
        Deliveries = await db.Outbox.AsNoTracking().Where(m => m.EmergencyAlertId == id).OrderBy(m => m.Id).ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(long id, CancellationToken ct) => Respond(id, alerts.AcknowledgeAsync, ct);

    public Task<IActionResult> OnPostResolveAsync(long id, CancellationToken ct) => Respond(id, alerts.ResolveAsync, ct);

    async Task<IActionResult> Respond(long id, Func<long, string, CancellationToken, Task<bool>> action, CancellationToken ct)
    {
        if (!CanRespond) return Forbid();
        var me = await users.GetUserAsync(User);
        var staffAlertId = await db.Set<EmergencyAlert>().Where(e => e.Id == id).Select(e => e.StaffAlertId).FirstOrDefaultAsync(ct);
        if (me is null || staffAlertId is null || !await action(staffAlertId.Value, me.PublicAlias, ct)) return NotFound();
        return RedirectToPage(new { id });
    }
}
