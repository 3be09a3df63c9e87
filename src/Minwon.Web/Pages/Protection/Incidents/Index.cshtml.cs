using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;
using Minwon.Web.Incidents;

namespace Minwon.Web.Pages.Protection.Incidents;

/// <summary>The incident register, newest first; filter by type or by the complainant's phone.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public IncidentType? Type { get; private set; }
    public string? Phone { get; private set; }
    public List<Incident> Rows { get; private set; } = [];
    public Dictionary<long, int> EvidenceCounts { get; private set; } = [];

    public async Task OnGetAsync(IncidentType? type, string? phone, CancellationToken ct)
    {
        (Type, Phone) = (type, phone);
        var query = string.IsNullOrWhiteSpace(phone) ? db.Set<Incident>().AsNoTracking() : IncidentService.ForComplainant(db, phone);
        if (type is not null) query = query.Where(i => i.Type == type);
        Rows = await query.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id).Take(200).ToListAsync(ct);
        var ids = Rows.Select(r => r.Id).ToList();
        EvidenceCounts = await db.Set<IncidentEvidence>().Where(e => ids.Contains(e.IncidentId)).GroupBy(e => e.IncidentId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }
}
