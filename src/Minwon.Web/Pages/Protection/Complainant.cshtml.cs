using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Localization;
using Minwon.Web.Protection;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Protection;

/// <summary>One complainant's history for supervisors and the safety team, and the restrictions set on them.</summary>
public class ComplainantModel(ComplainantHistory history, UserManager<StaffUser> users, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    [TempData] public string? Message { get; set; }
    public ComplainantProfile Profile { get; private set; } = null!;
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    [BindProperty] public RestrictionKind? Kind { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public DateOnly? Until { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct) => await LoadAsync(key, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRestrictAsync(string key, CancellationToken ct) =>
        ActAsync(key, me => history.RestrictAsync(key, Kind, Reason, Until, me, ct), "제한을 등록했습니다.", ct);

    public Task<IActionResult> OnPostLiftAsync(string key, long restrictionId, CancellationToken ct) =>
        ActAsync(key, me => history.LiftAsync(key, restrictionId, me, ct), "제한을 해제했습니다.", ct);

    async Task<IActionResult> ActAsync(string key, Func<StaffUser, Task<Outcome>> act, string success, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        var outcome = await act(me);
        if (outcome.Failure == Failure.NotFound) return NotFound();
        if (outcome.Succeeded)
        {
            Message = L[success];
            return RedirectToPage(new { key });
        }
        foreach (var (field, message) in outcome.Errors) ModelState.AddModelError(field, L[message]);
        await LoadAsync(key, ct);
        Response.StatusCode = outcome.Failure == Failure.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    async Task<bool> LoadAsync(string key, CancellationToken ct)
    {
        var profile = await history.ProfileAsync(key, ct);
        if (profile is null) return false;
        Profile = profile;
        return true;
    }

    public static string KindLabel(RestrictionKind k) => k switch
    {
        RestrictionKind.CallSuspension => "콜센터 이용 제한",
        RestrictionKind.EntryBan => "청사 출입 제한",
        _ => "서면 응대만 허용",
    };
}
