using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Deadlines;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Localization;
using Minwon.Web.Proactive;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff.Proactive;

/// <summary>
/// The yearly execution plan (실행계획): tasks with owner departments, a milestone and progress. Supervisors add tasks;
/// the owner department (or a supervisor) updates progress. Plain CRUD, so the page talks to the DbContext directly.
/// </summary>
public sealed class PlanModel(AppDbContext db, UserManager<StaffUser> users, IStringLocalizer<SharedResource> L, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }
    public List<PlanTask> Tasks { get; private set; } = [];
    public List<Department> Departments { get; private set; } = [];
    public List<string> Errors { get; } = [];
    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public int? DepartmentId { get; set; }
    [BindProperty] public string? Milestone { get; set; }
    [BindProperty] public string? DueOn { get; set; }
    [BindProperty] public int? Progress { get; set; }

    public async Task OnGetAsync(int? year, CancellationToken ct) => await LoadAsync(year, ct);

    public async Task<IActionResult> OnPostAddAsync(int? year, CancellationToken ct)
    {
        if (!User.IsSupervisor()) return Forbid();
        var due = DateOnly.TryParseExact(DueOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > 200) Errors.Add(L["과제명을 200자 이내로 입력해 주세요."]);
        if (DepartmentId is null || !await db.Departments.AnyAsync(x => x.Id == DepartmentId, ct)) Errors.Add(L["담당 부서를 선택해 주세요."]);
        if (string.IsNullOrWhiteSpace(Milestone) || Milestone.Trim().Length > 200) Errors.Add(L["주요 일정(마일스톤)을 200자 이내로 입력해 주세요."]);
        if (due is null) Errors.Add(L["완료 예정일을 YYYY-MM-DD 형식으로 입력해 주세요."]);
        if (Errors.Count > 0)
        {
            await LoadAsync(year, ct);
            return Page();
        }
        db.Add(new PlanTask { Year = due!.Value.Year, Title = Title!.Trim(), DepartmentId = DepartmentId!.Value, Milestone = Milestone!.Trim(), DueOn = due.Value });
        await db.SaveChangesAsync(ct);
        Message = L["과제를 추가했습니다."];
        return RedirectToPage(new { year = due.Value.Year });
    }

    public async Task<IActionResult> OnPostProgressAsync(int taskId, CancellationToken ct)
    {
        var task = await db.Set<PlanTask>().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null) return NotFound();
        var me = (await users.GetUserAsync(User))!;
        if (!User.IsSupervisor() && me.DepartmentId != task.DepartmentId) return Forbid();
        if (Progress is null or < 0 or > 100)
        {
            Errors.Add(L["진행률은 0에서 100 사이로 입력해 주세요."]);
            await LoadAsync(task.Year, ct);
            return Page();
        }
        task.Progress = Progress.Value;
        await db.SaveChangesAsync(ct);
        Message = L["진행률을 저장했습니다."];
        return RedirectToPage(new { year = task.Year });
    }

    async Task LoadAsync(int? year, CancellationToken ct)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : KoreaTime.ToKst(clock.GetUtcNow().UtcDateTime).Year;
        Tasks = await db.Set<PlanTask>().AsNoTracking().Include(t => t.Department).Where(t => t.Year == Year).OrderBy(t => t.DueOn).ThenBy(t => t.Id).ToListAsync(ct);
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);
    }
}
