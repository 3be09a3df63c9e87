using System.Net;
using Minwon.Web.Tests.Infrastructure;

namespace Minwon.Web.Tests.Security;

/// <summary>
/// Every response tells the browser not to frame the page, not to sniff content types, to run scripts from this site
/// only and to keep the address (receipt numbers) from other sites; a return address outside ASCII is encoded, not a 500.
/// </summary>
public abstract class HttpHardeningTests(MinwonApp app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/track")]
    [InlineData("/staff/login")]
    [InlineData("/api/v1/complaints/MW-2611-000001")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await CreateClientWithoutRedirects().GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
    }

    [Theory]
    [InlineData("/%E3%80%82evil", "/%E3%80%82evil")]
    [InlineData("/faq?q=%EB%8F%84%EB%A1%9C", "/faq?q=%EB%8F%84%EB%A1%9C")]
    [InlineData("//evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    public async Task The_language_switch_goes_back_to_local_addresses_only_encoded(string returnUrl, string location)
    {
        var response = await CreateClientWithoutRedirects().GetAsync($"/culture?c=en&returnUrl={Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl))}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }
}

[Collection(Collections.Sqlite)]
public sealed class HttpHardeningSqliteTests(SqliteApp app) : HttpHardeningTests(app);

[Collection(Collections.Postgres)]
public sealed class HttpHardeningPostgresTests(PostgresApp app) : HttpHardeningTests(app);
