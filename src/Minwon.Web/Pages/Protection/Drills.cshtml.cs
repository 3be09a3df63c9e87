using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;
using Minwon.Web.Emergency;
using Minwon.Web.Pages.Complaints;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Protection;

/// <summary>Drills (모의훈련): the schedule, and a form to plan a scenario with a staff member for each role.</summary>
public class DrillsModel(Drills drills, AppDbContext db, UserManager<StaffUser> users, TimeProvider clock) : PageModel
{
    public List<Drill> Schedule { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;
    /// <summary>Staff to choose from: id and "alias · real name · department" (the safety team may see names here).</summary>
    public List<(string Id, string Label)> Staff { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Scenario { get; set; }
    [BindProperty] public DateTime? ScheduledAt { get; set; }
    [BindProperty] public bool StartsAutomatically { get; set; }
    [BindProperty] public Dictionary<DrillRoleKind, string?> Assignees { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Schedule = await drills.ListAsync(ct);
        Staff = (await db.Users.AsNoTracking().Include(u => u.Department).OrderBy(u => u.PublicAlias)
                .Select(u => new { u.Id, u.PublicAlias, u.RealName, u.Department }).ToListAsync(ct))
            .Select(u => (u.Id, $"{StaffAliasDisplay.Localize(u.PublicAlias)} · {u.RealName} · {PortalText.DepartmentName(u.Department)}")).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        if (!ModelState.IsValid && ModelState[nameof(ScheduledAt)]?.Errors.Count > 0) ScheduledAt = null;
        var (drill, errors) = await drills.ScheduleAsync(Title, Scenario, ScheduledAt, Assignees, me.PublicAlias, ct, StartsAutomatically);
        if (drill is null)
        {
            Errors = errors;
            await OnGetAsync(ct);
            return Page();
        }
        return Redirect(Minwon.Web.Emergency.Drills.PageOf(drill.Id));
    }
}
