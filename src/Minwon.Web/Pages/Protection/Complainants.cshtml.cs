using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Protection;

namespace Minwon.Web.Pages.Protection;

/// <summary>The risk list: complainants with abusive texts, threats or repeated complaints.</summary>
public class ComplainantsModel(ComplainantHistory history) : PageModel
{
    public List<ComplainantRisk> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await history.RiskListAsync(200, ct);
}
