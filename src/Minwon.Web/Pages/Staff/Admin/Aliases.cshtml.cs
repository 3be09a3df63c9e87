using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff.Admin;

public sealed record AliasRow(string Id, string RealName, string Email, string Department, string Alias);

/// <summary>Administrators give every staff member the public alias citizens see instead of their name.</summary>
[Authorize(Roles = Roles.Admin)]
public class AliasesModel(AppDbContext db, StaffAliases aliases, IStringLocalizer<SharedResource> L) : PageModel
{
    [TempData] public string? Message { get; set; }
    public List<AliasRow> Rows { get; private set; } = [];
    public string? FailedUserId { get; private set; }

    [BindProperty] public string? UserId { get; set; }
    [BindProperty] public string? Alias { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await aliases.ChangeAsync(UserId ?? "", Alias, ct);
        if (outcome.Failure == Failure.NotFound) return NotFound();
        if (outcome.Succeeded)
        {
            Message = L["별칭을 바꿨습니다."];
            return RedirectToPage();
        }
        FailedUserId = UserId;
        foreach (var (field, message) in outcome.Errors) ModelState.AddModelError(field, L[message]);
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var english = LocalizationSetup.IsEnglish;
        Rows = await db.Users.AsNoTracking().OrderBy(u => u.Department!.Name).ThenBy(u => u.PublicAlias)
            .Select(u => new AliasRow(u.Id, u.RealName, u.Email ?? "", english ? u.Department!.NameEn : u.Department!.Name, u.PublicAlias))
            .ToListAsync(ct);
    }
}
