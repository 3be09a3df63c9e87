namespace Minwon.Web.Complaints;

public enum Failure { None, Invalid, NotFound, Forbidden, Conflict, Locked }

/// <summary>
/// The result of a complaint action. Errors are keyed by field ("" for the whole form) and worded in Korean;
/// pages and the API translate them through the shared resources.
/// </summary>
public sealed record Outcome(Failure Failure, IReadOnlyDictionary<string, string> Errors)
{
    public static readonly Outcome Ok = new(Failure.None, new Dictionary<string, string>());
    public bool Succeeded => Failure == Failure.None;
    /// <summary>Set with <see cref="Failure.Locked"/>: when the receipt may be tried again.</summary>
    public TimeSpan? RetryAfter { get; init; }
    public static Outcome Invalid(IReadOnlyDictionary<string, string> errors) => new(Failure.Invalid, errors);
    public static Outcome Invalid(string field, string message) => new(Failure.Invalid, new Dictionary<string, string> { [field] = message });
    public static Outcome NotFound() => new(Failure.NotFound, new Dictionary<string, string> { [""] = "민원을 찾을 수 없습니다." });
    public static Outcome Forbidden(string message = "이 민원을 처리할 권한이 없습니다.") => new(Failure.Forbidden, new Dictionary<string, string> { [""] = message });
    public static Outcome Locked(TimeSpan retryAfter) => new(Failure.Locked, new Dictionary<string, string> { [""] = CitizenVerification.Locked }) { RetryAfter = retryAfter };
    public static Outcome Conflict(string message) => new(Failure.Conflict, new Dictionary<string, string> { [""] = message });
}
