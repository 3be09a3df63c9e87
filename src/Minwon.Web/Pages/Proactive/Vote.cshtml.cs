using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Localization;
using Minwon.Web.Pages.Complaints;
using Minwon.Web.Proactive;

namespace Minwon.Web.Pages.Proactive;

/// <summary>The public vote in two steps: choose a case and get a code by SMS, then confirm with the code. Results once closed.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(VerificationRateLimit.Policy)]
public sealed class VoteModel(VoteService votes, IStringLocalizer<SharedResource> L, TimeProvider clock) : PageModel
{
    [BindProperty] public long? RecommendationId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public long? CodeId { get; set; }
    [BindProperty] public string? Code { get; set; }

    public ProactivePeriod? Period { get; private set; }
    public List<Recommendation> Candidates { get; private set; } = [];
    public Dictionary<long, int>? Results { get; private set; }
    public bool Open { get; private set; }
    /// <summary>The window has not opened yet: the candidates are shown ahead of it.</summary>
    public bool Upcoming { get; private set; }
    public bool Voted { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSendCodeAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(ct);
        if (Period is null) return Page();
        var (outcome, id) = await votes.SendCodeAsync(Period.Id, RecommendationId, Name, Phone, ct);
        if (outcome.Succeeded) CodeId = id;
        else PortalText.AddErrors(ModelState, L, outcome.Errors, "");
        return Page();
    }

    public async Task<IActionResult> OnPostCastAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var (outcome, _) = await votes.CastAsync(CodeId, Code, ct);
        await LoadAsync(ct);
        if (outcome.Succeeded) Voted = true;
        else
        {
            PortalText.AddErrors(ModelState, L, outcome.Errors, "");
            // A wrong code may be typed again; anything else starts over.
            if (!outcome.Errors.ContainsKey("Code")) CodeId = null;
        }
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Period = await votes.CurrentPeriodAsync(ct);
        if (Period is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        Open = Period.VoteOpen(now);
        Upcoming = Period.VoteOpensAt > now;
        Candidates = await votes.CandidatesAsync(Period.Id, ct);
        Results = await votes.ResultsAsync(Period, ct);
    }
}
