using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Minwon.Web.Incidents;

/// <summary>
/// Raises the request and multipart limits for the evidence upload forms only, to five files at the configured size.
/// An authorization filter ordered first, like [RequestSizeLimit], so it acts before antiforgery reads the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EvidenceUploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => -2000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return;
        var options = http.RequestServices.GetRequiredService<IncidentOptions>();
        var limit = IncidentOptions.MaxFilesPerUpload * options.MaxEvidenceBytes + 1024 * 1024;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        if (http.Features.Get<IFormFeature>() is not { Form: not null })
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
    }
}
