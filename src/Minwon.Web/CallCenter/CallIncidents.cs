namespace Minwon.Web.CallCenter;

/// <summary>
/// Where a call ended under the abusive-call policy becomes an incident in the incident register. The register is built
/// on another branch: until it is merged, this writes nothing; the call record itself already holds the reason, the
/// warnings, the times and the recording reference. Wire it to the register here, and only here.
/// </summary>
public sealed class CallIncidents
{
    public Task RecordEndedCallAsync(CallRecord call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Task.CompletedTask;
    }
}
