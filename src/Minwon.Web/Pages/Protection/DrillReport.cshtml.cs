using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Emergency;

namespace Minwon.Web.Pages.Protection;

/// <summary>The after-action report of a drill: each role's response time as a timeline chart, who did not respond, the notes.</summary>
public class DrillReportModel(Drills drills) : PageModel
{
    public Drill Drill { get; private set; } = null!;
    public List<(DrillRole Role, double? Seconds)> Times { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var drill = await drills.FindAsync(id, ct);
        if (drill is null) return NotFound();
        Drill = drill;
        Times = Drills.ResponseTimes(drill).ToList();
        return Page();
    }
}
