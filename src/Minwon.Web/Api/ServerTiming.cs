using System.Diagnostics;
using System.Globalization;

namespace Minwon.Web.Api;

/// <summary>
/// Adds <c>Server-Timing: app;dur=&lt;ms&gt;</c> to every response: the time from the request entering the pipeline
/// to its headers going out (for the JSON API that covers the database work and the serialization of the page).
/// bench/Minwon.Bench.Load reads it to separate server time from network and client time.
/// </summary>
public static class ServerTiming
{
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var start = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            context.Response.Headers.Append("Server-Timing", "app;dur=" + ms.ToString("0.###", CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        });
        return next(context);
    });
}
