using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Incidents;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Incidents;

/// <summary>
/// Records an incident (악성민원 사건). Open to every staff role, so an officer can record one from a complaint and an
/// agent from a call; only the protection roles see the register afterwards, and only they see real names here.
/// </summary>
[EvidenceUploadLimits]
public class NewModel(AppDbContext db, IncidentService incidents, ComplaintService complaints, IncidentOptions options,
    UserManager<StaffUser> users, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public IncidentInput Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Evidence { get; set; } = [];
    [TempData] public string? Message { get; set; }

    public List<(string Id, string Label)> Staff { get; private set; } = [];
    public Complaint? Complaint { get; private set; }
    public bool CanSeeAll => User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Safety);
    public int MaxMegabytes => options.MaxEvidenceMegabytes;
    public bool HadEvidence { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? complaint, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        Input.OccurredAtKst = KoreaTime.ToKst(clock.GetUtcNow().UtcDateTime);
        Input.StaffIds = [me.Id];
        if (complaint is long id)
        {
            var (loaded, c) = await complaints.LoadForStaffAsync(id, me, CanSeeAll, ct);
            if (loaded.Succeeded)
            {
                Input.Source = IncidentSource.Complaint;
                Input.ComplaintId = id;
                Complaint = c;
            }
        }
        await FillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        var files = await IncidentUploads.ReadAsync(Evidence, options, ct);
        var (errors, incident) = await incidents.RecordAsync(Input, files, me, CanSeeAll, ct);
        if (incident is not null)
        {
            Message = L["사건 {0}을(를) 등록했습니다.", incident.Number];
            if (CanSeeAll) return LocalRedirect($"/staff/protection/incidents/{incident.Id}");
            return incident.ComplaintId is long cid && !User.IsInRole(Roles.Agent) ? LocalRedirect($"/staff/complaints/{cid}") : LocalRedirect("/staff/protection/incidents/new");
        }
        foreach (var e in errors) ModelState.AddModelError($"Input.{e.Field}", L[e.Message, e.Args]);
        HadEvidence = Evidence.Count > 0;
        if (Input.ComplaintId is long complaintId) Complaint = (await complaints.LoadForStaffAsync(complaintId, me, CanSeeAll, ct)).Item2;
        await FillAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    async Task FillAsync(CancellationToken ct)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.PublicAlias).Select(u => new { u.Id, u.PublicAlias, u.RealName }).ToListAsync(ct);
        Staff = all.Select(u => (u.Id, CanSeeAll ? $"{StaffAliasDisplay.Localize(u.PublicAlias)} ({u.RealName})" : StaffAliasDisplay.Localize(u.PublicAlias))).ToList();
    }

    public string? Error(string field) =>
        ModelState.TryGetValue($"Input.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public IEnumerable<string> AllErrors => ModelState.Values.SelectMany(v => v.Errors.Select(e => e.ErrorMessage));
}
