using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Data;
using Minwon.Web.Incidents;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Protection.Incidents;

/// <summary>
/// One incident as its ledger tells it, with forms that append evidence, measures and notes (never edit), and the
/// police package download. Protection roles only (the folder policy), so staff are shown with their real names.
/// </summary>
[EvidenceUploadLimits]
public class DetailModel(AppDbContext db, IncidentService incidents, IncidentOptions options, UserManager<StaffUser> users,
    IStringLocalizer<SharedResource> L) : PageModel
{
    [TempData] public string? Message { get; set; }
    public IncidentView View { get; private set; } = null!;
    public Dictionary<string, string> RealNames { get; private set; } = [];
    public string? FailedAction { get; private set; }
    public int MaxMegabytes => options.MaxEvidenceMegabytes;

    [BindProperty] public List<IFormFile> Evidence { get; set; } = [];
    [BindProperty] public List<IncidentMeasure> Measures { get; set; } = [];
    [BindProperty] public string? MeasureNote { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>An evidence file as stored, always as a download.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(long id, long evidenceId, CancellationToken ct)
    {
        var file = await db.Set<IncidentEvidence>().AsNoTracking().Include(e => e.Content).FirstOrDefaultAsync(e => e.Id == evidenceId && e.IncidentId == id, ct);
        if (file?.Content is null) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content.Data, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostEvidenceAsync(long id, CancellationToken ct)
    {
        var files = await IncidentUploads.ReadAsync(Evidence, options, ct);
        return await ActAsync(id, "evidence", me => incidents.AddEvidenceAsync(id, files, me, ct), "증거 파일을 추가했습니다.", ct);
    }

    public Task<IActionResult> OnPostMeasuresAsync(long id, CancellationToken ct) =>
        ActAsync(id, "measures", me => incidents.AddMeasuresAsync(id, Measures, MeasureNote, me, ct), "조치를 기록했습니다.", ct);

    public Task<IActionResult> OnPostNoteAsync(long id, CancellationToken ct) =>
        ActAsync(id, "note", me => incidents.AddNoteAsync(id, Note, me, ct), "메모를 기록했습니다.", ct);

    async Task<IActionResult> ActAsync(long id, string action, Func<StaffUser, Task<List<IncidentError>>> act, string success, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        if (!await db.Set<Incident>().AnyAsync(i => i.Id == id, ct)) return NotFound();
        var errors = await act(me);
        if (errors.Count == 0)
        {
            Message = L[success];
            return LocalRedirect($"/staff/protection/incidents/{id}");
        }
        FailedAction = action;
        foreach (var e in errors) ModelState.AddModelError($"{action}.{e.Field}", L[e.Message, e.Args]);
        await LoadAsync(id, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var view = await incidents.LoadAsync(id, ct);
        if (view is null) return false;
        View = view;
        var ids = view.Created.Staff.Select(s => s.Id).ToList();
        RealNames = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.RealName, ct);
        return true;
    }

    public IEnumerable<string> ErrorsFor(string action) => ModelState
        .Where(kv => kv.Key.StartsWith(action + ".", StringComparison.Ordinal))
        .SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage));
}
