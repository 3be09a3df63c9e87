using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Localization;
using Minwon.Web.Proactive;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff.Proactive;

/// <summary>One session: enrol a department, record attendance (which completes it), and issue completion certificates.</summary>
public sealed class TrainingSessionModel(AppDbContext db, TrainingService training, UserManager<StaffUser> users, IStringLocalizer<SharedResource> L, IConfiguration config) : PageModel
{
    public TrainingSession S { get; private set; } = null!;
    public List<Department> Departments { get; private set; } = [];
    public List<string> Errors { get; } = [];
    [TempData] public string? Message { get; set; }
    [BindProperty] public int? DepartmentId { get; set; }
    [BindProperty] public List<long> Attended { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEnrolAsync(int id, CancellationToken ct)
    {
        if (!User.IsSupervisor()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        var (outcome, added) = await training.EnrolDepartmentAsync(S, DepartmentId, ct);
        return await Done(id, outcome, L["{0}명을 등록했습니다.", added], ct);
    }

    public async Task<IActionResult> OnPostAttendanceAsync(int id, CancellationToken ct)
    {
        if (!User.IsSupervisor()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        return await Done(id, await training.RecordAttendanceAsync(S, Attended, ct), L["출석과 이수를 기록했습니다."], ct);
    }

    /// <summary>The certificate: for supervisors, or the staff member it belongs to.</summary>
    public async Task<IActionResult> OnGetCertificateAsync(int id, long enrolmentId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var e = S.Enrolments.FirstOrDefault(x => x.Id == enrolmentId && x.CompletedAt != null);
        if (e is null) return NotFound();
        if (!User.IsSupervisor() && e.StaffUserId != users.GetUserId(User)) return Forbid();
        var pdf = TrainingService.Certificate(S, e, config["Institution:Name"] ?? "", e.Department?.Name ?? "");
        return File(pdf, "application/pdf", $"certificate-{S.Id}-{e.Id}.pdf");
    }

    async Task<IActionResult> Done(int id, Minwon.Web.Complaints.Outcome outcome, string message, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            Message = message;
            return RedirectToPage(new { id });
        }
        Errors.AddRange(CommitteeText.Errors(outcome, L));
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var s = await training.SessionAsync(id, ct);
        if (s is null) return false;
        S = s;
        Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);
        return true;
    }
}
