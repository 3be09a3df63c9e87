using System.Net;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Emergency;

/// <summary>The drill form's staff lists name each person's department in the reader's language.</summary>
public abstract class DrillStaffListTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_staff_lists_name_departments_in_English_on_the_English_page()
    {
        await EnsureStaffAsync(App);
        var departments = await App.ExecuteDbContextAsync(db => db.Users.Where(u => u.Department != null).Select(u => new { u.Department!.Name, u.Department.NameEn }).Distinct().ToListAsync());
        using var safety = await StaffCookieClientAsync(App, Safety);

        var english = WebUtility.HtmlDecode(await safety.GetStringAsync("/staff/protection/drills?culture=en"));
        var korean = WebUtility.HtmlDecode(await safety.GetStringAsync("/staff/protection/drills?culture=ko"));

        foreach (var d in departments)
        {
            Assert.Contains($" · {d.NameEn}</option>", english);
            Assert.DoesNotContain($" · {d.Name}</option>", english);
            Assert.Contains($" · {d.Name}</option>", korean);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class DrillStaffListSqliteTests(SqliteApp app) : DrillStaffListTests(app);

[Collection(Collections.Postgres)]
public sealed class DrillStaffListPostgresTests(PostgresApp app) : DrillStaffListTests(app);
