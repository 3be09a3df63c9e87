using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;

namespace Minwon.Web.Complaints;

/// <summary>
/// A receipt number plus four phone digits is guessable by brute force, so every place that checks a citizen's
/// verification is limited per client address (RateLimits:VerificationAttempts per 5 minutes, default 30). The count
/// lives in the database (<see cref="VerificationWindow"/>), so instances behind a load balancer share one limit.
/// </summary>
public static class VerificationRateLimit
{
    public const string Policy = "citizen-verification";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>The start of the fixed window <paramref name="utcNow"/> falls in (windows are aligned to the clock).</summary>
    public static DateTime WindowStart(DateTime utcNow) => new(utcNow.Ticks - utcNow.Ticks % Window.Ticks, DateTimeKind.Utc);

    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services, IConfiguration config)
    {
        var permits = Math.Max(1, config.GetValue("RateLimits:VerificationAttempts", 30));
        services.AddSingleton<VerificationAttempts>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Say when the window opens again; the body (problem details or the error page) is written downstream.
            o.OnRejected = (ctx, _) =>
            {
                var now = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                var left = WindowStart(now) + Window - now;
                ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(left.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Pages show their form on GET without checking anything; only the API's GET verifies.
            o.AddPolicy(Policy, ctx => HttpMethods.IsGet(ctx.Request.Method) && !ctx.Request.Path.StartsWithSegments("/api")
                ? RateLimitPartition.GetNoLimiter("form")
                : RateLimitPartition.Get(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    client => new SharedWindowLimiter(ctx.RequestServices.GetRequiredService<VerificationAttempts>(), client, permits)));
        });
        return services;
    }

    /// <summary>
    /// The rate-limiting middleware first tries to acquire without waiting, then asynchronously: the quick try always
    /// says no, so every request takes the asynchronous path, which counts in the database.
    /// </summary>
    sealed class SharedWindowLimiter(VerificationAttempts attempts, string client, int permits) : RateLimiter
    {
        public override TimeSpan? IdleDuration => TimeSpan.FromMinutes(1); // no state here: the limiter may be dropped at any time

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.No;

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken ct) =>
            await attempts.TryConsumeAsync(client, permits, ct) ? Lease.Yes : Lease.No;
    }

    sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Yes = new(true), No = new(false);
        public override bool IsAcquired => acquired;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}

/// <summary>Counts verification attempts per client address and fixed window in the database.</summary>
public sealed class VerificationAttempts(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Counts one attempt; false when the client has used up <paramref name="permits"/> in the current window.</summary>
    public async Task<bool> TryConsumeAsync(string client, int permits, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var start = VerificationRateLimit.WindowStart(now);
        client = client.Length > 64 ? client[..64] : client;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var windows = db.Set<VerificationWindow>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // one conditional update: two instances never both take the last permit
            if (await windows.Where(w => w.Client == client && w.WindowStart == start && w.Count < permits)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.Count, w => w.Count + 1), ct) == 1)
                return true;
            if (await windows.AnyAsync(w => w.Client == client && w.WindowStart == start, ct)) return false;
            windows.Add(new VerificationWindow { Client = client, WindowStart = start, Count = 1 });
            try
            {
                await db.SaveChangesAsync(ct);
                // the first attempt of a window also clears windows of yesterday and before
                await windows.Where(w => w.WindowStart < start.AddDays(-1)).ExecuteDeleteAsync(ct);
                return true;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // another instance opened the window first: count in it
            }
        }
        return false;
    }
}
