using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Core.Deadlines;
using Minwon.Web.Calendar;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff;

/// <summary>
/// The department queue, soonest deadline first. A GET form, so every filtered view and page is a shareable link;
/// "next page" carries the keyset cursor (<c>after</c>) instead of an offset.
/// </summary>
public class QueueModel(AppDbContext db, QueueQuery queue, DeadlineService deadlines, UserManager<StaffUser> users, TimeProvider clock) : PageModel
{
    /// <summary>Department id, or empty for all (supervisors and administrators only).</summary>
    [BindProperty(SupportsGet = true, Name = "dept")] public int? DepartmentId { get; set; }
    [BindProperty(SupportsGet = true)] public ComplaintType? Type { get; set; }
    /// <summary>"open" (default: 접수 + 처리중), "all", or a status name.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "category")] public int? CategoryId { get; set; }
    /// <summary>"" anyone, "me", "unassigned", or a colleague's user id.</summary>
    [BindProperty(SupportsGet = true)] public string? Assignee { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    /// <summary>A success message from an action that leaves the complaint out of reach (a transfer away).</summary>
    [TempData] public string? Message { get; set; }

    public bool CanPickDepartment { get; private set; }
    public List<Department> Departments { get; private set; } = [];
    public List<Category> Categories { get; private set; } = [];
    public List<StaffUser> Colleagues { get; private set; } = [];
    public List<(QueueRow Row, DeadlineUrgency Urgency, double HoursLeft)> Rows { get; } = [];
    public string? NextCursor { get; private set; }
    public StaffUser Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        Me = me;
        CanPickDepartment = User.IsSupervisor();
        if (!CanPickDepartment) DepartmentId = me.DepartmentId;

        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct);
        Categories = await db.Categories.AsNoTracking()
            .Where(c => DepartmentId == null || c.DepartmentId == DepartmentId)
            .OrderBy(c => c.Name).ToListAsync(ct);
        Colleagues = await db.Users.AsNoTracking()
            .Where(u => DepartmentId == null || u.DepartmentId == DepartmentId)
            .OrderBy(u => u.PublicAlias).ToListAsync(ct);

        Status = string.IsNullOrEmpty(Status) ? "open" : Status;
        ComplaintStatus? status = Enum.TryParse<ComplaintStatus>(Status, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;
        if (status is null && Status is not ("open" or "all")) Status = "open";
        string? assigneeId = Assignee switch
        {
            null or "" or "unassigned" => null,
            "me" => me.Id,
            var id => id,
        };
        // Not yet assigned is exactly the 접수 status: an officer taking a complaint moves it to 처리중.
        var unassigned = Assignee == "unassigned";
        if (unassigned)
        {
            if (status is not null && status != ComplaintStatus.Received) return Page();
            status = ComplaintStatus.Received;
        }

        var filter = new QueueFilter(DepartmentId, Type is { } t && Enum.IsDefined(t) ? t : null, status, CategoryId, assigneeId, OpenOnly: Status == "open");
        var page = await queue.PageAsync(filter, After, ct);
        NextCursor = page.NextCursor;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in page.Rows)
        {
            var open = row.Status is ComplaintStatus.Received or ComplaintStatus.Assigned;
            var hours = open ? await deadlines.WorkingHoursLeftAsync(now, row.DueAt, ct) : 0;
            Rows.Add((row, open ? StaffText.Urgency(now, row.DueAt, hours) : DeadlineUrgency.OnTrack, hours));
        }
        return Page();
    }

    /// <summary>The current filters with a different cursor, for the paging links.</summary>
    public Dictionary<string, string?> RouteWith(string? after) => new()
    {
        ["dept"] = CanPickDepartment ? DepartmentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        ["type"] = Type?.ToString(),
        ["status"] = Status,
        ["category"] = CategoryId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["assignee"] = Assignee,
        ["after"] = after,
    };
}
