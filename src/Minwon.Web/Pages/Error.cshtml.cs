using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Minwon.Web.Pages;

/// <summary>
/// The friendly error page: the target of UseExceptionHandler("/error") and of
/// UseStatusCodePagesWithReExecute("/error", "?code={0}"). A re-executed request keeps its method, so POSTs land
/// here too, without an antiforgery token to check.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public int Code { get; private set; }
    public string TraceId { get; private set; } = "";

    public void OnGet(int? code) => Show(code);
    public void OnPost(int? code) => Show(code);

    void Show(int? code)
    {
        TraceId = HttpContext.TraceIdentifier;
        var error = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Error;
        if (error is not null)
        {
            // A request body past its limit (413) or a malformed form (400) is the client's, not a server fault.
            var bad = error as BadHttpRequestException ?? error.InnerException as BadHttpRequestException;
            Code = bad?.StatusCode ?? StatusCodes.Status500InternalServerError;
            if (Code >= 500) logger.LogError(error, "Unhandled error on {Path} ({TraceId})", HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path, TraceId);
        }
        else if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            Code = code is >= 400 and <= 599 ? code.Value : Response.StatusCode;
        else
            Code = code is >= 400 and <= 599 ? code.Value : StatusCodes.Status404NotFound;
        // Antiforgery reads the form first and reports a body past the limit as a bad token (400); say what it was.
        if (Code == StatusCodes.Status400BadRequest && Request.ContentLength is long length &&
            HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is long max && length > max)
            Code = StatusCodes.Status413PayloadTooLarge;
        Response.StatusCode = Code;
    }

    public (string Title, string Message) Text => Code switch
    {
        400 => ("요청이 올바르지 않습니다.", "입력한 내용이나 주소를 확인한 뒤 다시 시도해 주세요."),
        401 => ("로그인이 필요합니다.", "로그인한 뒤 다시 시도해 주세요."),
        403 => ("접근 권한이 없습니다.", "이 페이지를 볼 수 있는 권한이 없습니다."),
        404 => ("페이지를 찾을 수 없습니다.", "주소가 바르게 입력되었는지 확인해 주세요. 페이지가 옮겨졌거나 삭제되었을 수 있습니다."),
        405 => ("허용되지 않는 요청입니다.", "처음 화면에서 다시 시작해 주세요."),
        408 => ("요청 시간이 초과되었습니다.", "잠시 후 다시 시도해 주세요."),
        413 => ("보낸 내용이 너무 큽니다.", "첨부파일은 5개까지, 파일당 10MB 이하로 올려 주세요."),
        415 => ("지원하지 않는 형식입니다.", "이미지(JPG, PNG, GIF, WebP) 또는 PDF 파일만 올릴 수 있습니다."),
        429 => ("요청이 너무 많습니다.", "잠시 후 다시 시도해 주세요."),
        >= 500 => ("일시적인 오류가 발생했습니다.", "잠시 후 다시 시도해 주세요. 문제가 계속되면 대표전화로 문의해 주세요."),
        _ => ("요청을 처리할 수 없습니다.", "처음 화면에서 다시 시작해 주세요."),
    };
}
