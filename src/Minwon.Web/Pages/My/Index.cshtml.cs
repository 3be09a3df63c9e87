using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Localization;
using Minwon.Web.Pages.Complaints;

namespace Minwon.Web.Pages.My;

/// <summary>
/// "My complaints" in two steps: the visitor gives a phone number or e-mail address and gets a one-time code there
/// (<see cref="MyComplaintsAccess"/>), then enters it and sees the complaints filed with that contact, on that answer
/// only. Knowing someone's number is not enough, and the first step answers alike whether or not they filed.
/// Only POST, so neither the contact nor the code lands in a URL.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(VerificationRateLimit.Policy)]
public sealed class IndexModel(MyComplaintsAccess access, IStringLocalizer<SharedResource> L) : PageModel
{
    public const int MaxRows = MyComplaintsAccess.MaxRows;

    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public string? Code { get; set; }

    /// <summary>True once a code was asked for: the page shows the code form.</summary>
    public bool CodeStep { get; private set; }
    public IReadOnlyList<MyComplaintsAccess.Row>? Rows { get; private set; }

    public void OnGet() { }

    /// <summary>Step 1: send a code to the contact (if anything was filed with it).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Code = null;
        if (ParseContact() is not { } contact) return Page();
        var outcome = await access.SendCodeAsync(contact, ct);
        if (!outcome.Succeeded) PortalText.AddErrors(ModelState, L, outcome.Errors, "");
        else CodeStep = true;
        return Page();
    }

    /// <summary>Step 2: the code opens the list.</summary>
    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (ParseContact() is not { } contact) return Page();
        CodeStep = true;
        var (outcome, rows) = await access.OpenAsync(contact, Code, ct);
        Code = null;
        if (!outcome.Succeeded)
        {
            // every failure of the code is shown at its field, so the message sits next to where it is typed again
            foreach (var (_, message) in outcome.Errors) ModelState.AddModelError(nameof(Code), PortalText.Translate(L, message));
            return Page();
        }
        Rows = rows;
        CodeStep = false;
        return Page();
    }

    CitizenContact? ParseContact()
    {
        Contact = Contact?.Trim();
        if (string.IsNullOrEmpty(Contact)) ModelState.AddModelError(nameof(Contact), L["휴대전화 번호 또는 이메일 주소를 입력해 주세요."]);
        else if (!CitizenContact.TryParse(Contact, out var contact))
            ModelState.AddModelError(nameof(Contact), L["휴대전화 번호 또는 이메일 주소 형식이 올바르지 않습니다."]);
        else return contact;
        return null;
    }
}
