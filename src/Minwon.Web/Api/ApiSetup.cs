using Microsoft.AspNetCore.Diagnostics;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Api;

public static partial class ApiSetup
{
    public static IServiceCollection AddMinwonApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
            // Framework-made problems (malformed JSON, oversized body, unknown route) get a title and a message in the
            // caller's language; a value of the wrong type names its field.
            if (ctx.ProblemDetails.Detail is null && FrameworkProblems.TryGetValue(ctx.ProblemDetails.Status ?? 0, out var problem))
            {
                var L = ctx.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                ctx.ProblemDetails.Title = L[problem.Title].Value;
                ctx.ProblemDetails.Detail = L[problem.Message].Value;
                if (JsonField(ctx.Exception) is { } field)
                {
                    ctx.ProblemDetails.Detail = L["요청 본문의 {0} 값을 읽을 수 없습니다. JSON 형식과 값의 형식(숫자, 문자열, true/false)을 확인해 주세요.", field].Value;
                    ctx.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [L["값의 형식이 올바르지 않습니다."].Value] };
                }
                else if (QueryField(ctx.Exception) is { } parameter)
                {
                    ctx.ProblemDetails.Detail = L["요청 주소의 {0} 값을 읽을 수 없습니다. 값의 형식을 확인해 주세요.", parameter].Value;
                    ctx.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [parameter] = [L["값의 형식이 올바르지 않습니다."].Value] };
                }
            }
        });
        // Unreadable JSON throws (in every environment), so the problem above can name the field; see JsonField.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Minwon API";
            doc.Info.Description = "Civil complaints: filing, status with verification, and staff actions (bearer token).";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>API errors become RFC 7807 problem details; page errors show the friendly, localized error page.</summary>
    public static WebApplication UseMinwonErrorHandling(this WebApplication app)
    {
        // Pages: the error page. Outside a UseWhen branch on purpose: a re-executed request must pass the global
        // routing again, and a branch does not carry the global route builder (the re-execute would find no page).
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            // The error page logs server faults itself; a client's bad request (400, 413) is no error of ours.
            SuppressDiagnosticsCallback = d => d.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        app.UseWhen(IsApi, api =>
        {
            api.Use((ctx, next) =>
            {
                // The API answers with its own problem details, never with the page.
                if (ctx.Features.Get<IStatusCodePagesFeature>() is { } pageFeature) pageFeature.Enabled = false;
                var limit = ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
                if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = IsFiling(ctx.Request) ? FilingMaxBodyBytes : ApiMaxBodyBytes;
                return next(ctx);
            });
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
                // A client's bad request is answered, not logged as a server error.
                SuppressDiagnosticsCallback = d => d.Exception is BadHttpRequestException,
            });
            api.UseStatusCodePages();
        });
        return app;
    }

    // Title and message of the problems the framework writes itself, per status code.
    static readonly Dictionary<int, (string Title, string Message)> FrameworkProblems = new()
    {
        [400] = ("요청이 올바르지 않습니다.", "요청 본문을 읽을 수 없습니다. JSON 형식과 필드 값을 확인해 주세요."),
        [401] = ("인증에 실패했습니다.", "인증이 필요합니다. 토큰을 확인해 주세요."),
        [403] = ("접근 권한이 없습니다.", "권한이 없습니다."),
        [404] = ("찾을 수 없습니다.", "요청한 주소를 찾을 수 없습니다."),
        [405] = ("허용되지 않는 요청 방식입니다.", "허용되지 않는 요청 방식입니다."),
        [413] = ("요청 본문이 너무 큽니다.", "요청 본문이 너무 큽니다."),
        [415] = ("지원하지 않는 형식입니다.", "지원하지 않는 형식입니다. Content-Type: application/json으로 보내 주세요."),
        [429] = ("요청이 너무 많습니다.", "확인 시도가 너무 많습니다. Retry-After 헤더의 시간(초)만큼 기다린 뒤 다시 시도해 주세요."),
        [500] = ("서버 오류가 발생했습니다.", "서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요."),
    };

    /// <summary>
    /// The JSON property whose value has the wrong type ("categoryId", "attachments[0].fileName"), or null when the body
    /// is not well-formed JSON. The serializer reports the property as a path like "$.categoryId" on the inner
    /// JsonException; a syntax error (a truncated body, an unquoted string) carries such a path too, but is raised by
    /// the reader, whose exception type (internal to System.Text.Json) is the only thing that tells the two apart.
    /// </summary>
    static string? JsonField(Exception? exception)
    {
        string? field = null;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e.GetType().Name == "JsonReaderException") return null;
            if (field is null && e is System.Text.Json.JsonException { Path: { Length: > 2 } path } && path.StartsWith("$.", StringComparison.Ordinal))
                field = path[2..];
        }
        return field;
    }

    /// <summary>
    /// The query parameter that could not be bound (?type=foo gives "type"), or null. The framework says so only in its
    /// message: Failed to bind parameter "ComplaintType? type" from "foo".
    /// </summary>
    static string? QueryField(Exception? exception) =>
        exception is BadHttpRequestException { Message: var m } && BindFailure().Match(m) is { Success: true } match ? match.Groups[1].Value : null;

    [System.Text.RegularExpressions.GeneratedRegex("^Failed to bind parameter \"[^\"]*?(\\w+)\" from ")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    /// <summary>JSON API bodies are small; files go through the portal form.</summary>
    public const long ApiMaxBodyBytes = 1024 * 1024;
    /// <summary>Filing a complaint may carry 5 attachments of 10 MB as base64 (4/3 larger) plus the text.</summary>
    public const long FilingMaxBodyBytes = 5 * AttachmentRules.MaxBytes * 4 / 3 + ApiMaxBodyBytes;

    static bool IsFiling(HttpRequest r) => HttpMethods.IsPost(r.Method) && r.Path.Equals("/api/v1/complaints", StringComparison.OrdinalIgnoreCase);

    static bool IsApi(HttpContext ctx) => ctx.Request.Path.StartsWithSegments("/api");

    public static WebApplication MapMinwonApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api/v1");
        api.MapAuthApi();
        api.MapComplaintsApi();
        return app;
    }
}
