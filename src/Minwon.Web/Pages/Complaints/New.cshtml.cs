using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Departments;
using Minwon.Web.Localization;

namespace Minwon.Web.Pages.Complaints;

/// <summary>
/// Filing a complaint. Five attachments of 10 MB each plus the text fit well under the request cap; anything larger
/// is refused by the server before it is read, and each file is read with a cap so none is held whole in memory.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class NewModel(AppDbContext db, ComplaintService complaints, IStringLocalizer<SharedResource> L) : PageModel
{
    public const long MaxRequestBytes = 60L * 1024 * 1024;

    [BindProperty] public ComplaintInput Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];

    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public IReadOnlyList<StatutoryService> Services { get; private set; } = [];
    public bool HadAttachments { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Binding problems (a value that is not a number, say) surface as the service's own messages instead.
        ModelState.Clear();
        Input.Language = LocalizationSetup.IsEnglish ? "en" : "ko";

        var chosen = Attachments.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        var files = new List<UploadedFile>(Math.Min(chosen.Count, AttachmentRules.MaxFiles + 1));
        // One file past the limit is enough for the service to refuse the count; the rest are not read.
        foreach (var f in chosen.Take(AttachmentRules.MaxFiles + 1))
            files.Add(new UploadedFile(f.FileName, await ReadCappedAsync(f, ct)));

        var (outcome, complaint) = await complaints.FileAsync(Input, files, ct);
        if (outcome.Succeeded && complaint is not null)
            return RedirectToPage("/Complaints/Receipt", new { no = complaint.ReceiptNumber });

        PortalText.AddErrors(ModelState, L, outcome.Errors, nameof(Input));
        Input.Password = null;
        HadAttachments = chosen.Count > 0;
        await LoadChoicesAsync(ct);
        return Page();
    }

    /// <summary>Reads at most one byte more than the limit: enough for the rules to see the file is too large.</summary>
    static async Task<byte[]> ReadCappedAsync(IFormFile file, CancellationToken ct)
    {
        var cap = AttachmentRules.MaxBytes + 1;
        var buffer = new byte[Math.Min(file.Length, cap)];
        await using var stream = file.OpenReadStream();
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), ct);
            if (n == 0) break;
            read += n;
        }
        return read == buffer.Length ? buffer : buffer[..read];
    }

    async Task LoadChoicesAsync(CancellationToken ct)
    {
        Departments = await db.Departments.AsNoTracking().Include(d => d.Categories).OrderBy(d => d.Id).ToListAsync(ct);
        Services = await db.StatutoryServices.AsNoTracking().OrderBy(s => s.DepartmentId).ThenBy(s => s.Id).ToListAsync(ct);
    }
}
