using Microsoft.EntityFrameworkCore;
using Minwon.Web.Alerts;
using Minwon.Web.Data;

namespace Minwon.Web.Emergency;

/// <summary>Copies an emergency banner's acknowledgement and resolution onto the emergency record (same unit of work).</summary>
public sealed class EmergencyAlertSync(AppDbContext db) : IStaffAlertResponseHook
{
    public async Task RespondedAsync(StaffAlert alert, CancellationToken ct)
    {
        if (alert.Kind != StaffAlertKind.Emergency) return;
        var emergency = await db.Set<EmergencyAlert>().FirstOrDefaultAsync(e => e.StaffAlertId == alert.Id, ct);
        if (emergency is null) return;
        emergency.AcknowledgedAt ??= alert.AcknowledgedAt;
        emergency.AcknowledgedByAlias ??= alert.AcknowledgedByAlias;
        emergency.ResolvedAt ??= alert.ResolvedAt;
        emergency.ResolvedByAlias ??= alert.ResolvedByAlias;
    }
}
