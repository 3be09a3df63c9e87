using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Localization;

namespace Minwon.Web.Api;

/// <summary>Turns an <see cref="Outcome"/> into RFC 7807 problem details in the caller's language.</summary>
public static class ProblemResults
{
    public static ProblemHttpResult From(Outcome outcome, IStringLocalizer<SharedResource> L)
    {
        var status = outcome.Failure switch
        {
            Failure.NotFound => StatusCodes.Status404NotFound,
            Failure.Forbidden => StatusCodes.Status403Forbidden,
            Failure.Conflict => StatusCodes.Status409Conflict,
            Failure.Locked => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status400BadRequest,
        };
        if (outcome.RetryAfter is TimeSpan locked) return Locked(locked, L);
        var errors = outcome.Errors.Where(e => e.Key != "")
            .ToDictionary(e => Camel(e.Key), e => new[] { Minwon.Web.Pages.Complaints.PortalText.Translate(L, e.Value) });
        var detail = outcome.Errors.TryGetValue("", out var general) ? Minwon.Web.Pages.Complaints.PortalText.Translate(L, general) : L["입력 내용을 확인해 주세요."].Value;
        var extensions = new Dictionary<string, object?>();
        if (errors.Count > 0) extensions["errors"] = errors;
        return TypedResults.Problem(detail: detail, statusCode: status, title: L[Title(status)].Value, extensions: extensions);
    }

    /// <summary>
    /// A receipt locked after too many failed verifications: 429, worded with the minutes left. The endpoint sets the
    /// Retry-After header (<see cref="SetRetryAfter"/>), as the per-client limiter does.
    /// </summary>
    public static ProblemHttpResult Locked(TimeSpan lockedFor, IStringLocalizer<SharedResource> L) =>
        TypedResults.Problem(L[CitizenVerification.Locked, CitizenVerification.Minutes(lockedFor)].Value, statusCode: StatusCodes.Status429TooManyRequests,
            title: L["요청이 너무 많습니다."].Value);

    public static ProblemHttpResult Locked(HttpContext http, TimeSpan lockedFor, IStringLocalizer<SharedResource> L)
    {
        SetRetryAfter(http, lockedFor);
        return Locked(lockedFor, L);
    }

    public static void SetRetryAfter(HttpContext http, TimeSpan wait) =>
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static ProblemHttpResult Invalid(string field, string message, IStringLocalizer<SharedResource> L) =>
        From(Outcome.Invalid(field, message), L);

    /// <summary>A request whose body is missing, JSON null or not the JSON the endpoint reads.</summary>
    public static ProblemHttpResult UnreadableBody(IStringLocalizer<SharedResource> L) =>
        Invalid("", "요청 본문을 읽을 수 없습니다. JSON 형식과 필드 값을 확인해 주세요.", L);

    static string Title(int status) => status switch
    {
        404 => "찾을 수 없습니다.",
        403 => "권한이 없습니다.",
        409 => "요청을 처리할 수 없는 상태입니다.",
        _ => "요청이 올바르지 않습니다.",
    };

    static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
