using System.Net;
using System.Net.Http.Json;
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
        Assert.False(response.Headers.Contains("Server-Timing")); // only for the benchmarks: it tells real staff addresses apart
    }

    [Theory]
    [InlineData("officer@minwon.local", "wrong-password-1")]
    [InlineData("nobody-here@minwon.local", "wrong-password-1")]
    public async Task A_failed_sign_in_says_the_same_for_a_real_and_an_unknown_address(string email, string password)
    {
        await ComplaintTestKit.EnsureStaffAsync(App);
        var page = await ComplaintTestKit.PostFormAsync(Client, "/staff/login", [new("Email", email), new("Password", password)]);
        Assert.Contains(WebUtility.HtmlEncode("이메일 또는 비밀번호가 올바르지 않거나, 여러 번 틀려 잠시 잠긴 계정입니다."), await page.Content.ReadAsStringAsync());

        var api = await Client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("이메일 또는 비밀번호가 올바르지 않거나", await api.Content.ReadAsStringAsync());
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
