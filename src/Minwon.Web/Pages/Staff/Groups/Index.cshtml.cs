using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Complaints.Groups;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff.Groups;

/// <summary>다수인관련민원 (Art. 24): the groups of the officer's department (supervisors: every department).</summary>
public sealed class IndexModel(ComplaintGroups groups, AppDbContext db, UserManager<StaffUser> users) : PageModel
{
    [TempData] public string? Message { get; set; }
    public List<GroupSummary> Groups { get; private set; } = [];
    public Dictionary<int, Department> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        Groups = await groups.ListAsync(User.IsSupervisor() ? null : me.DepartmentId, ct);
        Departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        return Page();
    }
}
