using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Incidents;

namespace Minwon.Web.Pages.Protection.Incidents;

/// <summary>Verifies the whole chain and every evidence file on each visit (the same check as `verify-incidents`).</summary>
public class VerifyModel(IncidentVerifier verifier) : PageModel
{
    public ChainReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await verifier.VerifyAsync(ct);
}
