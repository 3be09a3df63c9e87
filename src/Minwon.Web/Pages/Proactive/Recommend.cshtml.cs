using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Localization;
using Minwon.Web.Pages.Complaints;
using Minwon.Web.Proactive;

namespace Minwon.Web.Pages.Proactive;

/// <summary>
/// The recommendation form. Coming from the tracking page of an answered complaint, the receipt and verification
/// arrive in a POST body (never a URL) and travel on in hidden fields; the handler is resolved on the server at submit,
/// and the citizen only sees the public alias.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(VerificationRateLimit.Policy)]
public sealed class RecommendModel(AppDbContext db, RecommendationService service, ComplaintService complaints, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public RecommendationInput Input { get; set; } = new();
    public List<Department> Departments { get; private set; } = [];
    /// <summary>Set when recommending a complaint's handler: their public alias and department.</summary>
    public string? HandlerAlias { get; private set; }
    public string? HandlerDepartment { get; private set; }
    public Recommendation? Submitted { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>A GET of the from-complaint address (the language switch, a reload) shows the plain form: the verification never travels in a URL.</summary>
    public async Task OnGetFromComplaintAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>From the tracking page: "이 담당자 추천하기" posts the receipt and verification the citizen just used.</summary>
    public async Task<IActionResult> OnPostFromComplaintAsync(string? receipt, string? verification, CancellationToken ct)
    {
        ModelState.Clear();
        Input = new RecommendationInput { ComplaintReceipt = receipt?.Trim(), ComplaintVerification = verification };
        if (await LoadHandlerAsync(ct) is { } c)
        {
            Input.Name = c.CitizenName;
            Input.Phone = c.CitizenPhone;
            Input.Email = c.CitizenEmail;
        }
        else Input = new RecommendationInput();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Input.Language = LocalizationSetup.IsEnglish ? "en" : "ko";
        if (Input.FromComplaint && await LoadHandlerAsync(ct) is null)
        {
            await LoadAsync(ct);
            return Page();
        }
        var (outcome, r) = await service.SubmitAsync(Input, ct);
        if (outcome.RetryAfter is TimeSpan locked) ModelState.AddModelError("", PortalText.Locked(L, locked));
        else if (!outcome.Succeeded) PortalText.AddErrors(ModelState, L, outcome.Errors, "Input");
        if (!outcome.Succeeded)
        {
            await LoadAsync(ct);
            return Page();
        }
        await db.Entry(r!).Reference(x => x.Department).LoadAsync(ct);
        Submitted = r;
        return Page();
    }

    /// <summary>The verified, answered complaint whose handler is recommended; null with the reason in the model state.</summary>
    async Task<Complaint?> LoadHandlerAsync(CancellationToken ct)
    {
        var check = await complaints.FindForCitizenAsync(Input.ComplaintReceipt, Input.ComplaintVerification, ct);
        if (check.Value is not { } c)
        {
            ModelState.AddModelError("", check.LockedFor is TimeSpan locked ? PortalText.Locked(L, locked) : L[PortalText.NotVerified]);
            return null;
        }
        if (c.Answer is null || c.AnsweredByAlias is null)
        {
            ModelState.AddModelError("", L["답변을 받은 민원의 담당자만 추천할 수 있습니다."]);
            return null;
        }
        HandlerAlias = c.AnsweredByAlias;
        HandlerDepartment = PortalText.DepartmentName(c.Department);
        return c;
    }

    async Task LoadAsync(CancellationToken ct) => Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);
}
