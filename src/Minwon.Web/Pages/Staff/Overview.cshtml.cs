using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Core.Deadlines;
using Minwon.Web.Data;
using Minwon.Web.Departments;

namespace Minwon.Web.Pages.Staff;

public sealed record DepartmentLoad(int Open, int DueToday, int Overdue);

public sealed record OverdueRow(long Id, string ReceiptNumber, string Title, int DepartmentId, ComplaintStatus Status, string? AssigneeAlias, DateTime DueAt);

/// <summary>Supervisors' view of every department: how many complaints in each status, what is due today, what is late.</summary>
public class OverviewModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int OverdueLimit = 100;

    public List<Department> Departments { get; private set; } = [];
    public Dictionary<(int Department, ComplaintStatus Status), int> Counts { get; private set; } = [];
    public Dictionary<int, DepartmentLoad> Load { get; private set; } = [];
    public List<OverdueRow> Overdue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // "Today" is the Korean calendar day; its end is midnight KST.
        var endOfToday = KoreaTime.ToUtc(KoreaTime.ToKst(now).Date.AddDays(1));

        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct);

        Counts = (await db.Complaints.AsNoTracking()
                .GroupBy(c => new { c.DepartmentId, c.Status })
                .Select(g => new { g.Key.DepartmentId, g.Key.Status, Count = g.Count() })
                .ToListAsync(ct))
            .ToDictionary(x => (x.DepartmentId, x.Status), x => x.Count);

        Load = (await db.Complaints.AsNoTracking()
                .Where(c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Assigned)
                .GroupBy(c => c.DepartmentId)
                .Select(g => new
                {
                    DepartmentId = g.Key,
                    Open = g.Count(),
                    DueToday = g.Count(c => c.DueAt >= now && c.DueAt < endOfToday),
                    Overdue = g.Count(c => c.DueAt < now),
                })
                .ToListAsync(ct))
            .ToDictionary(x => x.DepartmentId, x => new DepartmentLoad(x.Open, x.DueToday, x.Overdue));

        var overdue = await db.Complaints.AsNoTracking()
            .Where(c => (c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Assigned) && c.DueAt < now)
            .OrderBy(c => c.DueAt).ThenBy(c => c.Id)
            .Take(OverdueLimit)
            .Select(c => new { c.Id, c.ReceivedAt, Title = c.MaskedTitle ?? c.Title, c.DepartmentId, c.Status, Alias = c.Assignee!.PublicAlias, c.DueAt })
            .ToListAsync(ct);
        Overdue = overdue.Select(o => new OverdueRow(o.Id, ReceiptNumber.Format(o.Id, o.ReceivedAt), o.Title, o.DepartmentId, o.Status, o.Alias, o.DueAt)).ToList();
    }

    public int Count(int department, ComplaintStatus status) => Counts.GetValueOrDefault((department, status));
}
