using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Proactive;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff.Proactive;

/// <summary>
/// One recommendation for the committee: screening, the reviewer's score sheet (refused and recorded as a recusal for
/// the candidate's own department), the public text and shortlist, selection and publication. Supervisors and
/// administrators run the committee; every workspace member may sit as a reviewer.
/// </summary>
public sealed class RecommendationModel(AppDbContext db, CommitteeService committee, UserManager<StaffUser> users, IStringLocalizer<SharedResource> L) : PageModel
{
    public Recommendation R { get; private set; } = null!;
    public StaffUser Me { get; private set; } = null!;
    public List<ScoringCriterion> Criteria { get; private set; } = [];
    public List<ReviewScore> Scores { get; private set; } = [];
    public List<Recusal> Recusals { get; private set; } = [];
    public List<ProactivePeriod> Periods { get; private set; } = [];
    public Standing? Standing { get; private set; }
    public List<string> Errors { get; } = [];
    [TempData] public string? Message { get; set; }

    [BindProperty] public bool? Eligible { get; set; }
    [BindProperty] public int? PeriodId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public Dictionary<int, int?> Points { get; set; } = [];
    [BindProperty] public string? PublicTitle { get; set; }
    [BindProperty] public string? PublicTitleEn { get; set; }
    [BindProperty] public string? PublicSummary { get; set; }
    [BindProperty] public string? PublicSummaryEn { get; set; }
    [BindProperty] public bool Shortlisted { get; set; }
    [BindProperty] public bool Selected { get; set; }
    [BindProperty] public AwardLevel? Award { get; set; }
    [BindProperty] public string? Reward { get; set; }
    [BindProperty] public bool Publish { get; set; }
    [BindProperty] public bool NameConsent { get; set; }

    public bool CanSeeNames => User.IsSupervisor();
    public bool IsRecused => Me.DepartmentId == R.DepartmentId || Me.Id == R.NomineeId;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostScreenAsync(long id, CancellationToken ct) =>
        Act(id, supervisorOnly: true, () => committee.ScreenAsync(R, Me, Eligible, PeriodId, Reason, ct), "검토 결과를 저장했습니다.", ct);

    public Task<IActionResult> OnPostScoreAsync(long id, CancellationToken ct) =>
        Act(id, supervisorOnly: false, () => committee.ScoreAsync(R, Me, Points, ct), "심사 점수를 저장했습니다.", ct);

    public Task<IActionResult> OnPostPublicTextAsync(long id, CancellationToken ct) =>
        Act(id, supervisorOnly: true, () => committee.SetPublicTextAsync(R, PublicTitle, PublicTitleEn, PublicSummary, PublicSummaryEn, Shortlisted, ct), "공개 문안을 저장했습니다.", ct);

    public Task<IActionResult> OnPostSelectAsync(long id, CancellationToken ct) =>
        Act(id, supervisorOnly: true, () => committee.SelectAsync(R, Selected, Award, Reward, ct), "선정 결과를 저장했습니다.", ct);

    public Task<IActionResult> OnPostPublishAsync(long id, CancellationToken ct) =>
        Act(id, supervisorOnly: true, () => committee.PublishAsync(R, Me, Publish, NameConsent, ct), "공개 설정을 저장했습니다.", ct);

    async Task<IActionResult> Act(long id, bool supervisorOnly, Func<Task<Outcome>> action, string done, CancellationToken ct)
    {
        if (supervisorOnly && !User.IsSupervisor()) return Forbid();
        if (!await LoadAsync(id, ct, keepForm: true)) return NotFound();
        var outcome = await action();
        if (outcome.Succeeded)
        {
            Message = L[done];
            return RedirectToPage(new { id });
        }
        Errors.AddRange(CommitteeText.Errors(outcome, L));
        // Show what is stored now (a recusal may just have been recorded); the posted values stay in the form.
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct, keepForm: true);
        return Page();
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct, bool keepForm = false)
    {
        var r = await committee.RecommendationAsync(id, ct);
        if (r is null) return false;
        R = r;
        Me = (await users.GetUserAsync(User))!;
        Periods = await db.Set<ProactivePeriod>().AsNoTracking().OrderByDescending(p => p.StartsOn).ToListAsync(ct);
        Recusals = await db.Set<Recusal>().AsNoTracking().Where(x => x.RecommendationId == id).OrderBy(x => x.At).ToListAsync(ct);
        Scores = await db.Set<ReviewScore>().AsNoTracking().Where(s => s.RecommendationId == id).OrderBy(s => s.ReviewerAlias).ToListAsync(ct);
        if (r.PeriodId is int pid)
        {
            Criteria = await db.Set<ScoringCriterion>().AsNoTracking().Where(c => c.PeriodId == pid).OrderBy(c => c.Order).ToListAsync(ct);
            var period = (await committee.PeriodAsync(pid, ct))!;
            Standing = (await committee.RankingAsync(period, ct)).FirstOrDefault(s => s.RecommendationId == id);
        }
        if (!keepForm)
        {
            PeriodId = r.PeriodId;
            Reason = r.ScreeningReason;
            PublicTitle = r.PublicTitle; PublicTitleEn = r.PublicTitleEn; PublicSummary = r.PublicSummary; PublicSummaryEn = r.PublicSummaryEn;
            Shortlisted = r.Shortlisted;
            Award = r.Award; Reward = r.Reward;
            NameConsent = r.NameConsent;
            Publish = r.PublishedAt is not null;
            Points = Scores.Where(s => s.ReviewerId == Me.Id).ToDictionary(s => s.CriterionId, s => (int?)s.Points);
        }
        return true;
    }
}
