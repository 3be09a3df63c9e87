namespace Minwon.Web.Tests.Infrastructure;

/// <summary>A clock the test moves by hand.</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    DateTimeOffset now = start;
    public override DateTimeOffset GetUtcNow() => now;
    public void Advance(TimeSpan by) => now += by;
}
