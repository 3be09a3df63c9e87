using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Proactive;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff.Proactive;

/// <summary>A selection period: criteria and weights, the vote window and share, the ranking and the minutes (PDF).</summary>
public sealed class PeriodModel(AppDbContext db, CommitteeService committee, IStringLocalizer<SharedResource> L, IConfiguration config, TimeProvider clock) : PageModel
{
    public ProactivePeriod P { get; private set; } = null!;
    public IReadOnlyList<Standing> Ranking { get; private set; } = [];
    public Dictionary<long, Recommendation> Candidates { get; private set; } = [];
    public List<string> Errors { get; } = [];
    [TempData] public string? Message { get; set; }

    /// <summary>Closing early is offered only while the vote is open.</summary>
    public bool VoteOpenNow => P.VoteOpen(clock.GetUtcNow().UtcDateTime);

    [BindProperty] public List<CriterionRow> Criteria { get; set; } = [];
    [BindProperty] public string? VoteOpensAt { get; set; }
    [BindProperty] public string? VoteClosesAt { get; set; }
    [BindProperty] public int? JuryShare { get; set; }

    public sealed class CriterionRow { public string? Name { get; set; } public string? NameEn { get; set; } public int? Weight { get; set; } }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostCriteriaAsync(int id, CancellationToken ct) =>
        Act(id, () => committee.SetCriteriaAsync(P, Criteria.Select(c => (c.Name, c.NameEn, c.Weight)).ToList(), ct), "심사 기준을 저장했습니다.", ct);

    public Task<IActionResult> OnPostVoteAsync(int id, CancellationToken ct)
    {
        DateTime? opens = Kst(VoteOpensAt), closes = Kst(VoteClosesAt);
        return Act(id, () => (VoteOpensAt is { Length: > 0 } && opens is null) || (VoteClosesAt is { Length: > 0 } && closes is null)
            ? Task.FromResult(Outcome.Invalid("VoteOpensAt", "투표 시작과 마감 일시를 올바르게 입력해 주세요."))
            : committee.SetVoteAsync(P, opens, closes, JuryShare, ct), "투표 설정을 저장했습니다.", ct);
    }

    public Task<IActionResult> OnPostCloseVoteAsync(int id, CancellationToken ct) =>
        Act(id, () => committee.CloseVoteNowAsync(P, ct), "투표를 마감했습니다.", ct);

    public async Task<IActionResult> OnGetMinutesAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var recs = await db.Set<Recommendation>().AsNoTracking().Where(r => r.PeriodId == id).OrderBy(r => r.Id).ToListAsync(ct);
        var ids = recs.Select(r => r.Id).ToList();
        var recusals = await db.Set<Recusal>().AsNoTracking().Where(x => ids.Contains(x.RecommendationId)).OrderBy(x => x.At).ToListAsync(ct);
        var reviewers = await db.Set<ReviewScore>().Where(s => ids.Contains(s.RecommendationId)).Select(s => s.ReviewerAlias).Distinct().OrderBy(a => a).ToListAsync(ct);
        var pdf = MinutesPdf.Build(P, recs, Ranking, recusals, reviewers, config["Institution:Name"] ?? "", clock.GetUtcNow().UtcDateTime);
        return File(pdf, "application/pdf", $"minutes-period-{id}.pdf");
    }

    async Task<IActionResult> Act(int id, Func<Task<Outcome>> action, string done, CancellationToken ct)
    {
        if (!User.IsSupervisor()) return Forbid();
        if (!await LoadAsync(id, ct, keepForm: true)) return NotFound();
        var outcome = await action();
        if (outcome.Succeeded)
        {
            Message = L[done];
            return RedirectToPage(new { id });
        }
        Errors.AddRange(CommitteeText.Errors(outcome, L));
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct, keepForm: true);
        return Page();
    }

    static DateTime? Kst(string? local) =>
        DateTime.TryParseExact(local, ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? DateTime.SpecifyKind(t.AddHours(-9), DateTimeKind.Utc) : null;

    public static string Local(DateTime? utc) => utc is DateTime t ? KoreaTime.ToKst(t).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : "";

    async Task<bool> LoadAsync(int id, CancellationToken ct, bool keepForm = false)
    {
        var p = await committee.PeriodAsync(id, ct);
        if (p is null) return false;
        P = p;
        Ranking = await committee.RankingAsync(p, ct);
        Candidates = await db.Set<Recommendation>().AsNoTracking().Include(r => r.Department).Where(r => r.PeriodId == id).ToDictionaryAsync(r => r.Id, ct);
        if (!keepForm)
        {
            Criteria = p.Criteria.Select(c => new CriterionRow { Name = c.Name, NameEn = c.NameEn, Weight = c.Weight }).ToList();
            VoteOpensAt = Local(p.VoteOpensAt);
            VoteClosesAt = Local(p.VoteClosesAt);
            JuryShare = p.JuryShare;
        }
        return true;
    }
}
