using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Web.Complaints;
using Minwon.Web.Data;

namespace Minwon.Web.Pages.Complaints;

/// <summary>
/// The receipt shown right after filing. It carries only what the number itself stands for (type, department,
/// deadline); the content and the citizen's details need the verification on /track.
/// </summary>
public sealed class ReceiptModel(AppDbContext db) : PageModel
{
    public Complaint? Complaint { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? no, CancellationToken ct)
    {
        if (!ReceiptNumber.TryParse(no, out var id, out _)) return NotFound();
        var c = await db.Complaints.AsNoTracking()
            .Include(x => x.Department).Include(x => x.Category).Include(x => x.StatutoryService)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !string.Equals(c.ReceiptNumber, no!.Trim(), StringComparison.OrdinalIgnoreCase)) return NotFound();
        Complaint = c;
        return Page();
    }
}
