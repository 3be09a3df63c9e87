using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;
using Minwon.Web.Emergency;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Protection;

/// <summary>
/// Physical emergency buttons: an administrator or the safety team registers one and copies its key, shown only once
/// (only a hash is kept), and can switch a lost or faulty device off.
/// </summary>
public class DevicesModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public List<EmergencyDevice> Devices { get; private set; } = [];
    public List<string> Errors { get; } = [];
    /// <summary>The key of the device just registered; never shown again.</summary>
    public (long Id, string Key)? NewDevice { get; private set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Location { get; set; }

    bool CanManage => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Safety);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        Devices = await db.Set<EmergencyDevice>().AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100) Errors.Add("장치 이름을 100자 이내로 입력해 주세요.");
        if (string.IsNullOrWhiteSpace(Location) || Location.Length > 100) Errors.Add("설치 위치를 100자 이내로 입력해 주세요.");
        if (Errors.Count == 0)
        {
            var key = EmergencyDevice.NewKey();
            var device = new EmergencyDevice { Name = Name!.Trim(), Location = Location!.Trim(), KeyHash = EmergencyDevice.Hash(key), CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Set<EmergencyDevice>().Add(device);
            await db.SaveChangesAsync(ct);
            NewDevice = (device.Id, key);
            Name = Location = null;
        }
        return await OnGetAsync(ct);
    }

    public async Task<IActionResult> OnPostToggleAsync(long id, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        var device = await db.Set<EmergencyDevice>().FindAsync([id], ct);
        if (device is null) return NotFound();
        device.Enabled = !device.Enabled;
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }
}
