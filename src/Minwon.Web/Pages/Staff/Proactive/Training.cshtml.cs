using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Proactive;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff.Proactive;

/// <summary>적극행정 training: sessions (in person or streamed), and completion per department with a chart and an XLSX.</summary>
public sealed class TrainingModel(AppDbContext db, TrainingService training, IStringLocalizer<SharedResource> L) : PageModel
{
    public List<TrainingSession> Sessions { get; private set; } = [];
    public List<DepartmentTraining> Report { get; private set; } = [];
    public List<string> Errors { get; } = [];
    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public TrainingMode? Mode { get; set; }
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? StreamUrl { get; set; }
    [BindProperty] public string? StartsAt { get; set; }
    [BindProperty] public int? Hours { get; set; } = 2;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsSupervisor()) return Forbid();
        DateTime? starts = DateTime.TryParseExact(StartsAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? DateTime.SpecifyKind(t.AddHours(-9), DateTimeKind.Utc) : null;
        var (outcome, s) = await training.CreateAsync(Title, Mode, Location, StreamUrl, starts, Hours, ct);
        if (!outcome.Succeeded)
        {
            Errors.AddRange(CommitteeText.Errors(outcome, L));
            await LoadAsync(ct);
            return Page();
        }
        Message = L["교육을 등록했습니다."];
        return RedirectToPage("/Staff/Proactive/TrainingSession", new { id = s!.Id });
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var bytes = TrainingService.ReportXlsx(await training.ReportAsync(ct), LocalizationSetup.IsEnglish);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "training-report.xlsx");
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Sessions = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Enrolments).OrderByDescending(s => s.StartsAt).ToListAsync(ct);
        Report = await training.ReportAsync(ct);
    }
}
