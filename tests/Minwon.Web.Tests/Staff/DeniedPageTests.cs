using System.Net;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Staff;

/// <summary>
/// The "access denied" page sends each role back to its own start page: agents and the safety team may not open the
/// complaint queue, so a link there only led back to this page.
/// </summary>
public abstract class DeniedPageTests(MinwonApp app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("agent@minwon.local", "/staff/queue", "/staff/callcenter", "내 첫 화면으로")]
    [InlineData(Safety, "/staff/queue", "/staff/alerts", "내 첫 화면으로")]
    [InlineData(Officer, "/staff/overview", "/staff/queue", "민원 처리 목록으로")]
    public async Task The_denied_page_links_to_the_roles_own_start_page(string email, string forbidden, string home, string label)
    {
        await EnsureStaffAsync(App);
        using var staff = await StaffCookieClientAsync(App, email);

        var response = await staff.GetAsync(forbidden);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains($"href=\"{home}\" id=\"denied-home\">{label}</a>", html);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(home)).StatusCode);
    }
}

[Collection(Collections.Sqlite)]
public sealed class DeniedPageSqliteTests(SqliteApp app) : DeniedPageTests(app);

[Collection(Collections.Postgres)]
public sealed class DeniedPagePostgresTests(PostgresApp app) : DeniedPageTests(app);
