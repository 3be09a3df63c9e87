using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;
using Minwon.Web.Departments;

namespace Minwon.Web.Pages;

/// <summary>직원 안내: departments, what they handle and their duty phones — never a staff member's name.</summary>
public class DirectoryModel(AppDbContext db) : PageModel
{
    public List<Department> Departments { get; private set; } = [];
    public ILookup<int, StatutoryService> Services { get; private set; } = Array.Empty<StatutoryService>().ToLookup(s => s.DepartmentId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Departments = await db.Departments.AsNoTracking().Include(d => d.Categories).OrderBy(d => d.Name).ToListAsync(ct);
        Services = (await db.StatutoryServices.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct)).ToLookup(s => s.DepartmentId);
    }
}
