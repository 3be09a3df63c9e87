using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Localization;
using Minwon.Web.Pages.Complaints;

namespace Minwon.Web.Pages.Track;

/// <summary>
/// Following a complaint with its receipt number and a verification. The verification travels only in POST bodies
/// (the rating form carries it in hidden fields), never in a URL, so it stays out of logs and browser history.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(VerificationRateLimit.Policy)]
public sealed class IndexModel(AppDbContext db, ComplaintService complaints, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Receipt { get; set; }
    [BindProperty] public string? Verification { get; set; }
    [BindProperty] public int? Rating { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public Complaint? Complaint { get; private set; }
    public IReadOnlyDictionary<int, Department> Departments { get; private set; } = new Dictionary<int, Department>();
    public string? RatingMessage { get; private set; }

    public void OnGet() => Receipt = Receipt?.Trim();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Verify(Receipt, Verification);
        if (!ModelState.IsValid) return Page();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(ct)) return Page();
        var outcome = await complaints.RateAsync(Complaint!, Rating, Comment, ct);
        if (outcome.Succeeded)
        {
            RatingMessage = L["소중한 의견 감사합니다. 만족도 평가가 등록되었습니다."];
            Comment = null;
            await LoadAsync(ct);
        }
        else PortalText.AddErrors(ModelState, L, outcome.Errors, "");
        return Page();
    }

    void Verify(string? receipt, string? verification)
    {
        if (string.IsNullOrWhiteSpace(receipt)) ModelState.AddModelError(nameof(Receipt), L["접수번호를 입력해 주세요."]);
        else if (receipt.Length > 40) ModelState.AddModelError(nameof(Receipt), L["접수번호 형식이 올바르지 않습니다. 예: MW-2611-000123"]);
        if (string.IsNullOrWhiteSpace(verification)) ModelState.AddModelError(nameof(Verification), L["휴대전화 끝 4자리 또는 비밀번호를 입력해 주세요."]);
        else if (verification.Length > 64) ModelState.AddModelError(nameof(Verification), L["비밀번호는 4자 이상 64자 이하로 입력해 주세요."]);
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        Receipt = Receipt?.Trim();
        var check = await complaints.FindForCitizenAsync(Receipt, Verification, ct);
        Complaint = check.Value;
        if (Complaint is null)
        {
            ModelState.AddModelError("", check.LockedFor is TimeSpan locked ? PortalText.Locked(L, locked) : L[PortalText.NotVerified]);
            return false;
        }
        var ids = Complaint.Events.SelectMany(e => new[] { e.FromDepartmentId, e.ToDepartmentId }).OfType<int>().Distinct().ToList();
        Departments = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        return true;
    }
}
