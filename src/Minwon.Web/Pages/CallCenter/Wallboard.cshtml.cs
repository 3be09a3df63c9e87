using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.CallCenter;

namespace Minwon.Web.Pages.CallCenter;

/// <summary>The center's wallboard: today's figures and calls per hour, kept current over server-sent events.</summary>
public class WallboardModel(CallWallboard wallboard) : PageModel
{
    public WallboardStats Stats { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Stats = await wallboard.StatsAsync(ct);
}
