using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Desk;

namespace Minwon.Web.Pages.Desk;

/// <summary>The waiting display (번호표 화면): ticket numbers and counters only, no names or purposes.</summary>
public class DisplayModel(DeskService desk) : PageModel
{
    public List<(int Number, int Counter)> Called { get; private set; } = [];
    public int Waiting { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = await desk.TodayAsync(ct);
        Called = today.Where(t => t.Status == TicketStatus.Called && t.Counter is not null)
            .OrderByDescending(t => t.CalledAt).Select(t => (t.Number, t.Counter!.Value)).ToList();
        Waiting = today.Count(t => t.Status == TicketStatus.Waiting);
    }
}
