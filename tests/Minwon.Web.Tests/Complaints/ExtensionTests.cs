using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Complaints;

/// <summary>A 기타민원 (3 working hours) is extended in working hours, at most its own length, once.</summary>
public abstract class ExtensionTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_three_hour_complaint_is_extended_in_working_hours_within_its_length()
    {
        await EnsureStaffAsync(App);
        var complaint = NewComplaint(await CategoryOfAsync(App, "ROAD"));
        complaint["type"] = "Other";
        var id = ComplaintId(await FileAsync(Client, complaint));
        using var officer = await StaffClientAsync(App, Officer);
        var before = await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.Id == id).Select(c => c.DueAt).SingleAsync());

        var tooLong = await officer.PostAsJsonAsync($"/api/v1/staff/complaints/{id}/extend", new { hours = 4, reason = "현장 확인 필요" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var problem = await tooLong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("Hours", out _) || problem.GetProperty("errors").TryGetProperty("hours", out _));
        Assert.Equal(before, await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.Id == id).Select(c => c.DueAt).SingleAsync()));

        var ok = await officer.PostAsJsonAsync($"/api/v1/staff/complaints/{id}/extend", new { hours = 2, reason = "현장 확인 필요" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var stored = await App.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.True(stored.Extended);
        Assert.True(stored.DueAt > before);

        var again = await officer.PostAsJsonAsync($"/api/v1/staff/complaints/{id}/extend", new { hours = 1, reason = "다시" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}

[Collection(Collections.Sqlite)]
public sealed class ExtensionSqliteTests(SqliteApp app) : ExtensionTests(app);

[Collection(Collections.Postgres)]
public sealed class ExtensionPostgresTests(PostgresApp app) : ExtensionTests(app);
