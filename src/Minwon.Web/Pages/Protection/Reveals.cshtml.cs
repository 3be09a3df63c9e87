using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Protection;

namespace Minwon.Web.Pages.Protection;

public sealed record RevealRow(DateTime At, string ActorAlias, long ComplaintId, string ReceiptNumber, ScreenedField Field, TextSeverity Severity);

/// <summary>The audit log of reveals: who looked behind a mask, when, and at which text.</summary>
public class RevealsModel(AppDbContext db) : PageModel
{
    public List<RevealRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await db.Set<RevealRecord>().AsNoTracking().OrderByDescending(r => r.Id).Take(500)
            .Select(r => new { r.At, r.ActorAlias, ComplaintId = r.ScreenedText!.ComplaintId ?? 0, r.ScreenedText.Complaint!.ReceivedAt, r.ScreenedText.Field, r.ScreenedText.Severity })
            .ToListAsync(ct);
        Rows = rows.Select(r => new RevealRow(r.At, r.ActorAlias, r.ComplaintId, ReceiptNumber.Format(r.ComplaintId, r.ReceivedAt), r.Field, r.Severity)).ToList();
    }

    public static string FieldLabel(ScreenedField f) => f switch
    {
        ScreenedField.Title => "제목",
        ScreenedField.Body => "본문",
        ScreenedField.RatingComment => "만족도 의견",
        _ => "통화 메모",
    };
}
