using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Complaints;
using Minwon.Web.Tests.Infrastructure;

namespace Minwon.Web.Tests.Security;

/// <summary>
/// Four phone digits are guessable: repeated verification attempts from one client are refused, counted in the
/// database so that instances behind a load balancer share the limit.
/// </summary>
public abstract class VerificationRateLimitTests(DatabaseKind database)
{
    static async Task<HttpStatusCode> GuessAsync(MinwonApp app, int guess)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/complaints/MW-2611-000001");
        request.Headers.Add("X-Verification", $"{1000 + guess}");
        return (await app.CreateClient().SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task Guessing_the_verification_is_cut_off_after_the_configured_attempts()
    {
        await using var app = await MinwonApp.StartAsync(database,
            new() { Settings = new Dictionary<string, string?> { ["RateLimits:VerificationAttempts"] = "3" } });

        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 4; guess++) statuses.Add(await GuessAsync(app, guess));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        // The tracking form itself still opens; only the checks are limited.
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/track")).StatusCode);
    }

    [Fact]
    public async Task Recommending_a_complaints_handler_counts_as_a_check_too()
    {
        await using var app = await MinwonApp.StartAsync(database,
            new() { Settings = new Dictionary<string, string?> { ["RateLimits:VerificationAttempts"] = "3" } });

        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 4; guess++)
            statuses.Add((await app.CreateClient().PostAsJsonAsync("/api/v1/proactive/recommendations",
                new { complaintReceipt = "MW-2611-000001", complaintVerification = $"{1000 + guess}" })).StatusCode);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Two_instances_share_the_limit_and_a_new_window_opens_it_again()
    {
        var clock = new MovableClock(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(3), TimeSpan.Zero));
        var limit = new Dictionary<string, string?> { ["RateLimits:VerificationAttempts"] = "3" };
        await using var first = await MinwonApp.StartAsync(database, new() { Settings = limit, ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) });
        var shared = new Dictionary<string, string?>(limit) { [$"ConnectionStrings:{database}"] = first.ConnectionString };
        await using var second = await MinwonApp.StartAsync(database, new() { Settings = shared, ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) });

        Assert.Equal(HttpStatusCode.NotFound, await GuessAsync(first, 0));
        Assert.Equal(HttpStatusCode.NotFound, await GuessAsync(first, 1));
        Assert.Equal(HttpStatusCode.NotFound, await GuessAsync(second, 2));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GuessAsync(second, 3)); // the other instance's attempts count
        Assert.Equal(HttpStatusCode.TooManyRequests, await GuessAsync(first, 4));

        clock.Advance(VerificationRateLimit.Window);
        Assert.Equal(HttpStatusCode.NotFound, await GuessAsync(second, 5));
    }

    [Fact]
    public async Task Concurrent_attempts_never_get_more_than_the_limit()
    {
        await using var app = await MinwonApp.StartAsync(database,
            new() { Settings = new Dictionary<string, string?> { ["RateLimits:VerificationAttempts"] = "5" } });
        var attempts = app.Services.GetRequiredService<VerificationAttempts>();
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => attempts.TryConsumeAsync("203.0.113.9", 5, default)));
        Assert.Equal(5, results.Count(r => r));
    }
}

public sealed class VerificationRateLimitSqliteTests() : VerificationRateLimitTests(DatabaseKind.Sqlite);
public sealed class VerificationRateLimitPostgresTests() : VerificationRateLimitTests(DatabaseKind.Postgres);
