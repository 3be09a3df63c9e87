using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Localization;
using Minwon.Web.Pages.Complaints;
using Minwon.Web.Proactive;

namespace Minwon.Web.Pages.Proactive;

/// <summary>Following a recommendation by receipt number and verification, like complaint tracking (verification in POST only).</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(VerificationRateLimit.Policy)]
public sealed class StatusModel(RecommendationService service, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Receipt { get; set; }
    [BindProperty] public string? Verification { get; set; }
    public Recommendation? Recommendation { get; private set; }

    public void OnGet() => Receipt = Receipt?.Trim();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Receipt)) ModelState.AddModelError(nameof(Receipt), L["접수번호를 입력해 주세요."]);
        if (string.IsNullOrWhiteSpace(Verification)) ModelState.AddModelError(nameof(Verification), L["휴대전화 끝 4자리 또는 비밀번호를 입력해 주세요."]);
        if (!ModelState.IsValid) return Page();
        var check = await service.FindForCitizenAsync(Receipt, Verification, ct);
        Recommendation = check.Value;
        if (Recommendation is null)
            ModelState.AddModelError("", check.LockedFor is TimeSpan locked ? PortalText.Locked(L, locked) : L[RecommendationService.NotVerified]);
        return Page();
    }
}
