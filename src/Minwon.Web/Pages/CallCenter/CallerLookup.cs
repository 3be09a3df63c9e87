using Minwon.Web.CallCenter;
using Minwon.Web.Protection;

namespace Minwon.Web.Pages.CallCenter;

/// <summary>What the console shows about a caller at once: earlier complaints, earlier calls and restrictions in force.</summary>
public sealed record CallerLookup(ComplainantProfile? Profile, CallerCalls Calls, List<ComplainantRestriction> Restrictions)
{
    public static async Task<CallerLookup> LoadAsync(string? key, long exceptCallId, ComplainantHistory history, CallCenterService calls, CancellationToken ct) =>
        new(key is null ? null : await history.ProfileAsync(key, ct), await calls.CallerCallsAsync(key, exceptCallId, ct),
            await history.ActiveRestrictionsAsync(key, ct));
}
