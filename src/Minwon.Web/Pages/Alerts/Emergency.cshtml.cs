using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;
using Minwon.Web.Emergency;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Alerts;

/// <summary>The emergency bell (비상벨): any staff member rings it here or from the button in every staff page's header.</summary>
public class EmergencyModel(AppDbContext db, EmergencyBell bell, UserManager<StaffUser> users) : PageModel
{
    public List<EmergencyAlert> Recent { get; private set; } = [];
    public List<string> Errors { get; } = [];
    [BindProperty] public string? Location { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Recent = await db.Set<EmergencyAlert>().AsNoTracking().OrderByDescending(e => e.Id).Take(50).ToListAsync(ct);

    public async Task<IActionResult> OnPostPressAsync(CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        if (Location?.Length > 100)
        {
            Errors.Add("위치는 100자 이내로 입력해 주세요.");
            await OnGetAsync(ct);
            return Page();
        }
        var alert = await bell.RingAsync(EmergencySource.Button, me.PublicAlias, Location, isDrill: false, deviceId: null, drillTitle: null, ct);
        return Redirect(EmergencyBell.PageOf(alert.Id));
    }
}
