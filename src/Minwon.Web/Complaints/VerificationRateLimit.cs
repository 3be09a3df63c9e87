using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Minwon.Web.Complaints;

/// <summary>
/// A receipt number plus four phone digits is guessable by brute force, so every place that checks a citizen's
/// verification is limited per client address (RateLimits:VerificationAttempts per 5 minutes, default 30).
/// The limit is per instance; behind a load balancer each instance counts its own.
/// </summary>
public static class VerificationRateLimit
{
    public const string Policy = "citizen-verification";

    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services, IConfiguration config)
    {
        var permits = Math.Max(1, config.GetValue("RateLimits:VerificationAttempts", 30));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Pages show their form on GET without checking anything; only the API's GET verifies.
            o.AddPolicy(Policy, ctx => HttpMethods.IsGet(ctx.Request.Method) && !ctx.Request.Path.StartsWithSegments("/api")
                ? RateLimitPartition.GetNoLimiter("form")
                : RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(5), QueueLimit = 0 }));
        });
        return services;
    }
}
