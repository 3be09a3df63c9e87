using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Minwon.Web.Localization;

public static class LocalizationSetup
{
    public const string DefaultCulture = "ko";
    public const string ResourcesPath = "Resources";
    public static readonly string[] SupportedCultures = [DefaultCulture, "en"];

    public static IServiceCollection AddMinwonLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizerFactory, MinwonStringLocalizerFactory>();
        services.AddLocalization(o => o.ResourcesPath = ResourcesPath);

        // Write Hangul as text, not as &#xBBFC; entities: smaller pages, readable source, and tests that search the
        // HTML for Korean text (a name that must not appear, a label that must) see what the browser sees.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // Views and validation messages all read the one shared table, keyed by the Korean text.
        services.AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // "en-US" or "ko-KR" from a browser falls back to "en" / "ko".
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
                new CookieRequestCultureProvider(),
                // Pages open in Korean whatever the browser says, with the English switch one click away;
                // API clients state their language with Accept-Language.
                new ApiAcceptLanguageProvider(),
            ];
        });
        return services;
    }

    public static WebApplication UseMinwonLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    /// <summary>GET /culture?c=en&amp;returnUrl=/track: remembers the language in a cookie and goes back to a local page.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (HttpContext http, string? c, string? returnUrl) =>
            {
                var culture = SupportedCultures.FirstOrDefault(s => string.Equals(s, c, StringComparison.OrdinalIgnoreCase))
                    ?? DefaultCulture;
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        IsEssential = true,
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                        Secure = http.Request.IsHttps,
                    });
                return TypedResults.LocalRedirect(LocalTarget(returnUrl, "/"));
            })
            .ExcludeFromDescription()
            .AllowAnonymous();
        return endpoints;
    }

    /// <summary>Only a path on this site ("/track"), never "//evil.example", "/\evil.example" or an absolute URL.</summary>
    public static bool IsLocalUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }
        if (url.Length == 1)
        {
            return true;
        }
        if (url[1] is '/' or '\\')
        {
            return false;
        }
        return !url.Any(char.IsControl);
    }

    /// <summary>
    /// Where to send the browser back to: <paramref name="url"/> when it is local, with anything outside ASCII
    /// percent-encoded (a Korean search term in /faq?q=…; a raw one is not a valid Location header), else the fallback.
    /// </summary>
    public static string LocalTarget(string? url, string fallback)
    {
        if (url is null || !IsLocalUrl(url)) return fallback;
        if (url.All(char.IsAscii)) return url;
        var encoded = new System.Text.StringBuilder(url.Length * 3);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii) { encoded.Append((char)rune.Value); continue; }
            var n = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..n]) encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }

    /// <summary>True when the current request is served in English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}

/// <summary>
/// The default factory looks for a type's strings under its namespace (Resources/Localization/SharedResource.*.resx
/// for Minwon.Web.Localization.SharedResource). The shared table lives at the top of Resources/ instead, where
/// every feature adds its strings, so this points the marker type there; everything else follows the convention.
/// </summary>
internal sealed class MinwonStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggerFactory)
    : ResourceManagerStringLocalizerFactory(options, loggerFactory)
{
    // The SDK names embedded resources <root namespace>.<folder>.<file>; root namespace = assembly name here.
    private static readonly string SharedBaseName =
        $"{typeof(SharedResource).Assembly.GetName().Name}.{LocalizationSetup.ResourcesPath}.{nameof(SharedResource)}";

    protected override string GetResourcePrefix(TypeInfo typeInfo) =>
        typeInfo.AsType() == typeof(SharedResource) ? SharedBaseName : base.GetResourcePrefix(typeInfo);
}

/// <summary>Honours Accept-Language only for the JSON API.</summary>
sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Request.Path.StartsWithSegments("/api") ? base.DetermineProviderCultureResult(httpContext) : NullProviderCultureResult;
}
