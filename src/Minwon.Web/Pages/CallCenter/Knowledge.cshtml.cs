using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minwon.Web.Knowledge;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.CallCenter;

/// <summary>The knowledge base agents search while talking; supervisors add answers and choose which are public FAQ.</summary>
public class KnowledgeModel(KnowledgeBase kb, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<KnowledgeEntry> Results { get; private set; } = [];
    public bool CanEdit => User.IsSupervisor();
    public List<string> Errors { get; } = [];
    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Question { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public string? QuestionEn { get; set; }
    [BindProperty] public string? AnswerEn { get; set; }
    [BindProperty] public bool Published { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Results = await kb.SearchAsync(Q, publishedOnly: false, 50, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        var (outcome, _) = await kb.SaveAsync(null, Topic, Question, Answer, QuestionEn, AnswerEn, Published, ct);
        if (outcome.Succeeded)
        {
            Message = L["답변을 추가했습니다."];
            return RedirectToPage();
        }
        Errors.AddRange(outcome.Errors.Values.Select(e => L[e].Value));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Results = await kb.SearchAsync(Q, false, 50, ct);
        return Page();
    }
}
