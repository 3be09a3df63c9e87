namespace Minwon.Core.Deadlines;

/// <summary>Korea Standard Time is a fixed UTC+9: Korea has no daylight saving time, so no time-zone database is needed.</summary>
public static class KoreaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>
    /// Converts a UTC instant to KST wall-clock time (Kind=Unspecified).
    /// Unspecified input is taken as UTC, because ORMs commonly drop the Kind of stored UTC values.
    /// </summary>
    public static DateTime ToKst(DateTime utc)
    {
        var asUtc = utc.Kind switch
        {
            DateTimeKind.Local => utc.ToUniversalTime(),
            _ => utc,
        };
        return DateTime.SpecifyKind(asUtc + Offset, DateTimeKind.Unspecified);
    }

    /// <summary>Converts KST wall-clock time (Kind=Unspecified) to UTC (Kind=Utc).</summary>
    public static DateTime ToUtc(DateTime kst)
    {
        if (kst.Kind != DateTimeKind.Unspecified)
        {
            throw new ArgumentException($"A KST wall-clock time must have Kind=Unspecified, not {kst.Kind}.", nameof(kst));
        }
        return DateTime.SpecifyKind(kst - Offset, DateTimeKind.Utc);
    }
}
