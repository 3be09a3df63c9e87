using System.Net;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Security;

/// <summary>
/// Signing out ends the staff member's sessions, not only the browser's cookie: a copied cookie (or a second browser)
/// is refused at its next check (every minute by default; at every request here).
/// </summary>
public abstract class StaffSessionTests(DatabaseKind database)
{
    [Fact]
    public async Task Signing_out_ends_the_other_sessions_of_the_same_account()
    {
        await using var app = await MinwonApp.StartAsync(database,
            new() { Settings = new Dictionary<string, string?> { ["Staff:SessionCheckSeconds"] = "0" } });
        await EnsureStaffAsync(app);
        using var browser = await StaffCookieClientAsync(app, Officer);
        using var copy = await StaffCookieClientAsync(app, Officer);
        Assert.Equal("/staff/queue", (await copy.GetAsync("/staff/queue")).RequestMessage?.RequestUri?.AbsolutePath);

        var logout = await PostFormAsync(browser, "/staff/queue", [], "/staff/logout");
        Assert.Equal("/staff/login", logout.RequestMessage?.RequestUri?.AbsolutePath);

        var after = await copy.GetAsync("/staff/queue");
        Assert.Equal("/staff/login", after.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}

public sealed class StaffSessionSqliteTests() : StaffSessionTests(DatabaseKind.Sqlite);
public sealed class StaffSessionPostgresTests() : StaffSessionTests(DatabaseKind.Postgres);
