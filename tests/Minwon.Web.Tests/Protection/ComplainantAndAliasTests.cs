using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Deadlines;
using Minwon.Web.Protection;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Protection;

/// <summary>Complainant history and restrictions for supervisors; public aliases managed by the administrator; the directory.</summary>
public abstract class ComplainantAndAliasTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_supervisor_restricts_a_complainant_and_the_officer_sees_it_bad_input_changes_nothing()
    {
        await EnsureStaffAsync(App);
        var phone = $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";
        var complaint = NewComplaint(await CategoryOfAsync(App, "ROAD"), phone: phone);
        complaint["body"] = "씨발 아직도 안 고쳤냐 이 병신들아";
        var id = ComplaintId(await FileAsync(Client, complaint));
        var key = ComplainantKey.From(phone, null)!;
        using var supervisor = await StaffCookieClientAsync(App, Supervisor);

        var profile = await supervisor.GetStringAsync($"/staff/protection/complainants/{key}");
        Assert.Contains("id=\"complainant-stats\"", profile);
        var list = await supervisor.GetStringAsync("/staff/protection/complainants");
        Assert.Contains(key, list);

        var tomorrow = DateOnly.FromDateTime(KoreaTime.ToKst(DateTime.UtcNow)).AddDays(30).ToString("yyyy-MM-dd");
        var page = $"/staff/protection/complainants/{key}";
        var missing = await PostFormAsync(supervisor, page, [new("Kind", "CallSuspension"), new("Reason", ""), new("Until", tomorrow)], page + "?handler=Restrict");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("제한 사유를 입력해 주세요.", await missing.Content.ReadAsStringAsync());
        var past = await PostFormAsync(supervisor, page, [new("Kind", "CallSuspension"), new("Reason", "폭언"), new("Until", "2020-01-01")], page + "?handler=Restrict");
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Set<ComplainantRestriction>().CountAsync(r => r.ComplainantKey == key)));

        var ok = await PostFormAsync(supervisor, page, [new("Kind", "CallSuspension"), new("Reason", "반복된 폭언"), new("Until", tomorrow)], page + "?handler=Restrict");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var stored = await App.ExecuteDbContextAsync(db => db.Set<ComplainantRestriction>().AsNoTracking().SingleAsync(r => r.ComplainantKey == key));
        Assert.Equal(RestrictionKind.CallSuspension, stored.Kind);
        Assert.StartsWith("담당자", stored.SetByAlias);
        Assert.True(stored.Until > DateTime.UtcNow.AddDays(29));

        using var officer = await StaffCookieClientAsync(App, Officer);
        var complaintPage = await officer.GetStringAsync($"/staff/complaints/{id}");
        Assert.Contains("data-restriction=\"CallSuspension\"", complaintPage);
        Assert.DoesNotContain("complainant-history-link", complaintPage); // officers do not get the history
        var denied = await officer.GetAsync(page);
        Assert.Equal("/staff/denied", denied.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task The_safety_team_sees_receipt_numbers_without_links_to_complaints_it_may_not_open()
    {
        await EnsureStaffAsync(App);
        var phone = $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";
        var receipt = await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD"), phone: phone));
        var link = $"href=\"/staff/complaints/{ComplaintId(receipt)}\"";
        var page = $"/staff/protection/complainants/{ComplainantKey.From(phone, null)}";

        using var safety = await StaffCookieClientAsync(App, Safety);
        var html = await safety.GetStringAsync(page);
        Assert.Contains(receipt, html);
        Assert.DoesNotContain(link, html);
        using var supervisor = await StaffCookieClientAsync(App, Supervisor);
        Assert.Contains(link, await supervisor.GetStringAsync(page));
    }

    [Fact]
    public async Task Every_role_reaches_its_own_home_from_staff_and_the_logo()
    {
        await EnsureStaffAsync(App);
        foreach (var (email, home) in new[] { (Safety, "/staff/alerts"), ("agent@minwon.local", "/staff/callcenter"), (Officer, "/staff/queue") })
        {
            using var client = await StaffCookieClientAsync(App, email);
            var response = await client.GetAsync("/staff");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(home, response.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains($"class=\"mw-brand\" href=\"{home}\"", await response.Content.ReadAsStringAsync());
        }
        var anonymous = await Client.GetAsync("/staff");
        Assert.Equal("/staff/login", anonymous.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task The_admin_changes_an_alias_the_public_sees_the_new_one_names_and_duplicates_are_refused()
    {
        await EnsureStaffAsync(App);
        var email = await OfficerOfAsync(App, "ENV");
        var user = await App.ExecuteDbContextAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        var other = await App.ExecuteDbContextAsync(db => db.Users.AsNoTracking().FirstAsync(u => u.Id != user.Id));
        using var admin = await StaffCookieClientAsync(App, Admin);

        foreach (var (alias, message) in new[]
                 {
                     ($"담당 {user.RealName}", "별칭에 실명이 드러나면 안 됩니다."),
                     ($"담당 {string.Join('-', user.RealName.ToCharArray())}", "별칭에 실명이 드러나면 안 됩니다."),
                     ($"담당 {string.Join('_', user.RealName.ToCharArray())}", "별칭에 실명이 드러나면 안 됩니다."),
                     (other.PublicAlias, "이미 다른 직원이 쓰는 별칭입니다."),
                     ("<b>x</b>", "별칭에는 글자, 숫자, 빈칸, -, _만 쓸 수 있습니다."),
                 })
        {
            var refused = await PostFormAsync(admin, "/staff/admin/aliases", [new("UserId", user.Id), new("Alias", alias)]);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(message), await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(user.PublicAlias, await AliasOfAsync(user.Id));

        // A complaint assigned to this officer shows the alias citizens know; after the change, the new one.
        var complaint = NewComplaint(await CategoryOfAsync(App, "ENV"), phone: "010-3141-5926");
        var receipt = await FileAsync(Client, complaint);
        using var envApi = await StaffClientAsync(App, email);
        (await envApi.PostAsJsonAsync($"/api/v1/staff/complaints/{ComplaintId(receipt)}/assign", new { })).EnsureSuccessStatusCode();
        var newAlias = $"담당자 E-{Random.Shared.Next(1000, 9999)}";
        var changed = await PostFormAsync(admin, "/staff/admin/aliases", [new("UserId", user.Id), new("Alias", newAlias)]);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(newAlias, await AliasOfAsync(user.Id));

        using var status = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/complaints/{receipt}");
        status.Headers.Add("X-Verification", "5926");
        var json = await (await Client.SendAsync(status)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(newAlias, json.GetProperty("handlerAlias").GetString());
    }

    [Fact]
    public async Task The_public_directory_lists_duties_and_duty_phones_without_names()
    {
        await EnsureStaffAsync(App);
        var html = await Client.GetStringAsync("/directory");
        var departments = await App.ExecuteDbContextAsync(db => db.Departments.AsNoTracking().ToListAsync());
        foreach (var d in departments)
        {
            Assert.Contains(d.Name, html);
            Assert.Contains(d.DutyPhone, html);
        }
        var names = await App.ExecuteDbContextAsync(db => db.Users.Select(u => u.RealName).ToListAsync());
        Assert.All(names, n => Assert.DoesNotContain(n, html));
    }

    Task<string> AliasOfAsync(string userId) => App.ExecuteDbContextAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PublicAlias).SingleAsync());
}

[Collection(Collections.Sqlite)]
public sealed class ComplainantAndAliasSqliteTests(SqliteApp app) : ComplainantAndAliasTests(app);

[Collection(Collections.Postgres)]
public sealed class ComplainantAndAliasPostgresTests(PostgresApp app) : ComplainantAndAliasTests(app);
