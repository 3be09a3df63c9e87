using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Incidents;

namespace Minwon.Web.Pages.Protection.Incidents;

/// <summary>
/// Verifies the whole chain and every evidence file on each visit (the same check as `verify-incidents`), against an
/// anchor written down earlier when one is entered, and shows the anchor to print and sign now.
/// </summary>
public class VerifyModel(IncidentVerifier verifier, TimeProvider clock) : PageModel
{
    public ChainReport Report { get; private set; } = null!;
    public string? Anchor { get; private set; }
    public bool AnchorInvalid { get; private set; }
    public DateTime VerifiedAt { get; private set; }

    public async Task OnGetAsync(string? anchor, CancellationToken ct)
    {
        Anchor = string.IsNullOrWhiteSpace(anchor) ? null : anchor.Trim();
        LedgerAnchor? parsed = null;
        AnchorInvalid = Anchor is not null && !LedgerAnchor.TryParse(Anchor, out parsed);
        VerifiedAt = clock.GetUtcNow().UtcDateTime;
        Report = await verifier.VerifyAsync(parsed, ct);
    }
}
