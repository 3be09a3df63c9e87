using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Knowledge;

namespace Minwon.Web.Pages.Faq;

/// <summary>The public FAQ: the published entries of the call center's knowledge base, searchable in Korean and English.</summary>
public class IndexModel(KnowledgeBase kb) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<KnowledgeEntry> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Results = await kb.SearchAsync(Q, publishedOnly: true, 100, ct);
}
