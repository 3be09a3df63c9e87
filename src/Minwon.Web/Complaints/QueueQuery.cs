using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Web.Data;

namespace Minwon.Web.Complaints;

public sealed record QueueFilter(int? DepartmentId, ComplaintType? Type, ComplaintStatus? Status, int? CategoryId, string? AssigneeId, bool OpenOnly);

/// <summary>A queue line; <see cref="Title"/> is the masked title when screening found abuse or personal data in it.</summary>
public sealed record QueueRow(long Id, string ReceiptNumber, ComplaintType Type, ComplaintStatus Status, string Title,
    string Category, string? AssigneeAlias, DateTime ReceivedAt, DateTime DueAt, bool Extended,
    Minwon.Web.Protection.TextSeverity Severity = Minwon.Web.Protection.TextSeverity.None, string? CategoryEn = null, long? GroupId = null);

/// <summary>A page of the queue and the cursor for the next one.</summary>
public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, string? NextCursor);

/// <summary>
/// The department queue, ordered by deadline. Paging is keyset on (DueAt, Id), served by the (DepartmentId, Status,
/// DueAt, Id) index or, for the open queue, the partial (DepartmentId, DueAt, Id) and (DueAt, Id) indexes, so page
/// 5,000 costs what page 1 does at a million complaints.
/// </summary>
public sealed class QueueQuery(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<QueuePage> PageAsync(QueueFilter f, string? cursor, CancellationToken ct)
    {
        var q = db.Complaints.AsNoTracking();
        if (f.DepartmentId is int d) q = q.Where(c => c.DepartmentId == d);
        if (f.Status is ComplaintStatus s) q = q.Where(c => c.Status == s);
        else if (f.OpenOnly) q = q.Where(c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Assigned);
        if (f.Type is ComplaintType t) q = q.Where(c => c.Type == t);
        if (f.CategoryId is int cat) q = q.Where(c => c.CategoryId == cat);
        if (!string.IsNullOrEmpty(f.AssigneeId)) q = q.Where(c => c.AssigneeId == f.AssigneeId);
        if (TryDecode(cursor, out var due, out var id))
            // The leading DueAt >= due gives the database an index range to start from; the rest breaks ties by id.
            q = q.Where(c => c.DueAt >= due && (c.DueAt > due || c.Id > id));

        var rows = await q.OrderBy(c => c.DueAt).ThenBy(c => c.Id).Take(PageSize + 1)
            .Select(c => new { c.Id, c.ReceivedAt, c.Type, c.Status, Title = c.MaskedTitle ?? c.Title, Category = c.Category!.Name, CategoryEn = c.Category.NameEn, Alias = c.Assignee!.PublicAlias, c.DueAt, c.Extended, c.Severity, c.GroupId })
            .ToListAsync(ct);
        var page = rows.Take(PageSize).Select(r => new QueueRow(r.Id, ReceiptNumber.Format(r.Id, r.ReceivedAt), r.Type, r.Status, r.Title,
            r.Category, r.Alias, r.ReceivedAt, r.DueAt, r.Extended, r.Severity, r.CategoryEn, r.GroupId)).ToList();
        var next = rows.Count > PageSize ? Encode(page[^1].DueAt, page[^1].Id) : null;
        return new QueuePage(page, next);
    }

    static string Encode(DateTime due, long id) => $"{due.Ticks}_{id}";

    static bool TryDecode(string? cursor, out DateTime due, out long id)
    {
        due = default; id = 0;
        var parts = cursor?.Split('_');
        if (parts is not { Length: 2 } || !long.TryParse(parts[0], out var ticks) || !long.TryParse(parts[1], out id)) return false;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks) return false;
        due = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }
}
