using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Staff;

/// <summary>
/// Officers see their colleagues by public alias in the queue filter and on a complaint (handler row, assign list);
/// the real names are for supervisors and administrators only.
/// </summary>
public abstract class ColleagueNameTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_officer_sees_colleagues_by_alias_and_a_supervisor_also_by_name()
    {
        await EnsureStaffAsync(App);
        var road = await DepartmentIdAsync(App, "ROAD");
        var colleagues = await App.ExecuteDbContextAsync(db =>
            db.Users.Where(u => u.DepartmentId == road && u.Email != Officer).Select(u => new { u.Id, u.RealName, u.PublicAlias }).ToListAsync());
        var colleague = colleagues[0];
        var id = ComplaintId(await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD"))));
        using var supervisorApi = await StaffClientAsync(App, Supervisor);
        var assigned = await supervisorApi.PostAsJsonAsync($"/api/v1/staff/complaints/{id}/assign", new { assigneeId = colleague.Id });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);

        using var officer = await StaffCookieClientAsync(App, Officer);
        var complaint = WebUtility.HtmlDecode(await officer.GetStringAsync($"/staff/complaints/{id}"));
        var queue = WebUtility.HtmlDecode(await officer.GetStringAsync("/staff/queue"));
        Assert.Contains(colleague.PublicAlias, complaint);
        Assert.Contains(colleague.PublicAlias, queue);
        foreach (var c in colleagues)
        {
            Assert.DoesNotContain(c.RealName, complaint);
            Assert.DoesNotContain(c.RealName, queue);
        }

        using var supervisor = await StaffCookieClientAsync(App, Supervisor);
        var supervisorView = WebUtility.HtmlDecode(await supervisor.GetStringAsync($"/staff/complaints/{id}"));
        Assert.Contains($"{colleague.PublicAlias} ({colleague.RealName})", supervisorView);
    }
}

[Collection(Collections.Sqlite)]
public sealed class ColleagueNameSqliteTests(SqliteApp app) : ColleagueNameTests(app);

[Collection(Collections.Postgres)]
public sealed class ColleagueNamePostgresTests(PostgresApp app) : ColleagueNameTests(app);
