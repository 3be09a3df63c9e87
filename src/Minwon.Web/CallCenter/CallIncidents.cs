using Microsoft.EntityFrameworkCore;
using Minwon.Core.Deadlines;
using Minwon.Web.Data;
using Minwon.Web.Incidents;
using Minwon.Web.Staff;

namespace Minwon.Web.CallCenter;

/// <summary>
/// A call ended under the abusive-call policy becomes an incident in the register (source: call), with the recording
/// reference, the caller's number, the agent involved and the measures taken (warnings, call ended).
/// </summary>
public sealed class CallIncidents(AppDbContext db, IncidentService incidents, ILogger<CallIncidents> log)
{
    public async Task<Incident?> RecordEndedCallAsync(CallRecord call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        var agent = call.AgentId is null ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == call.AgentId, ct);
        var reference = call.RecordingRef ?? call.ExternalCallId ?? $"CALL-{call.Id}";
        var abuse = call.EndReason == CallEndReason.AbusePolicy;
        var input = new IncidentInput
        {
            Type = abuse ? IncidentType.VerbalAbuse : IncidentType.Obstruction,
            Source = IncidentSource.Call,
            CallReference = reference,
            ComplainantPhone = call.CallerNumber,
            OccurredAtKst = KoreaTime.ToKst(call.StartedAt),
            Place = "민원 콜센터", // ko-only: incident records are kept in Korean, the working language
            StaffIds = agent is null ? [] : [agent.Id],
            Description = abuse
                ? $"통화 중 폭언이 계속되어 경고 {call.Warnings}회 후 규정에 따라 통화를 종료했습니다. 녹음: {reference}"
                : $"통화가 권장 시간을 넘어 규정에 따라 종료했습니다 (경고 {call.Warnings}회). 녹음: {reference}",
            Measures = call.Warnings > 0 ? [IncidentMeasure.Warning, IncidentMeasure.CallEnded] : [IncidentMeasure.CallEnded],
        };
        // The register records who wrote each entry by alias; a call ended by the clock has no agent at hand.
        var actor = agent ?? new StaffUser { Id = "", RealName = "", PublicAlias = "콜센터 자동 종료" }; // ko-only
        var (errors, incident) = await incidents.RecordAsync(input, [], actor, canSeeAll: true, ct);
        if (errors.Count > 0)
            log.LogError("Call {CallId} ended under the policy but its incident was refused: {Errors}", call.Id, string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        return incident;
    }
}
