using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Proactive;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff.Proactive;

/// <summary>The committee's inbox: recommendations by status, and the selection periods (created by supervisors).</summary>
public sealed class IndexModel(AppDbContext db, CommitteeService committee, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty(SupportsGet = true)] public RecommendationStatus? Status { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public PeriodKind Kind { get; set; } = PeriodKind.HalfYear;
    [BindProperty] public string? StartsOn { get; set; }
    [BindProperty] public string? EndsOn { get; set; }
    [BindProperty] public int? JuryShare { get; set; } = 80;
    [TempData] public string? Message { get; set; }

    public List<Recommendation> Recommendations { get; private set; } = [];
    public List<ProactivePeriod> Periods { get; private set; } = [];
    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPeriodAsync(CancellationToken ct)
    {
        if (!User.IsSupervisor()) return Forbid();
        var (outcome, p) = await committee.CreatePeriodAsync(Name, Kind, Date(StartsOn), Date(EndsOn), JuryShare, ct);
        if (!outcome.Succeeded)
        {
            Errors.AddRange(CommitteeText.Errors(outcome, L));
            await LoadAsync(ct);
            return Page();
        }
        Message = L["심사 기간을 만들었습니다."];
        return RedirectToPage("/Staff/Proactive/Period", new { id = p!.Id });
    }

    static DateOnly? Date(string? s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    async Task LoadAsync(CancellationToken ct)
    {
        var q = db.Set<Recommendation>().AsNoTracking().Include(r => r.Department).Include(r => r.Period).AsQueryable();
        if (Status is { } s) q = q.Where(r => r.Status == s);
        Recommendations = await q.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).Take(200).ToListAsync(ct);
        Periods = await db.Set<ProactivePeriod>().AsNoTracking().OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id).ToListAsync(ct);
    }
}
