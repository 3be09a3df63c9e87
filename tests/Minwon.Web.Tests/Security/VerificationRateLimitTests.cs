using System.Net;
using Minwon.Web.Tests.Infrastructure;

namespace Minwon.Web.Tests.Security;

/// <summary>Four phone digits are guessable: repeated verification attempts from one client are refused.</summary>
public sealed class VerificationRateLimitTests
{
    [Fact]
    public async Task Guessing_the_verification_is_cut_off_after_the_configured_attempts()
    {
        await using var app = await MinwonApp.StartAsync(DatabaseKind.Sqlite,
            new() { Settings = new Dictionary<string, string?> { ["RateLimits:VerificationAttempts"] = "3" } });
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 4; guess++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/complaints/MW-2611-000001");
            request.Headers.Add("X-Verification", $"{1000 + guess}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        // The tracking form itself still opens; only the checks are limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/track")).StatusCode);
    }
}
