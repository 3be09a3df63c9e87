using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Alerts;
using Minwon.Web.Emergency;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Emergency.EmergencyTestKit;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Emergency;

/// <summary>The emergency bell from a staff page and from a desk device, on the shared app.</summary>
public abstract class EmergencyBellTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_banner_names_who_pressed_the_bell_in_the_readers_language()
    {
        await EnsureStaffAsync(App);
        using var agent = await StaffCookieClientAsync(App, Agent);
        var location = $"민원실 {Random.Shared.Next(100, 999)}번 창구";
        var press = await PostFormAsync(agent, "/staff/alerts", [new("Location", location)], "/staff/emergency?handler=press");
        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        var alias = await App.ExecuteDbContextAsync(db => db.Users.Where(u => u.Email == Agent).Select(u => u.PublicAlias).SingleAsync());
        Assert.StartsWith("담당자 ", alias);

        using var officer = await StaffCookieClientAsync(App, Officer);
        var english = System.Net.WebUtility.HtmlDecode(await officer.GetStringAsync("/staff/queue?culture=en"));
        Assert.Contains($"Officer {alias["담당자 ".Length..]} pressed the emergency button. Location: {location}.", english);
        Assert.DoesNotContain($"{alias} pressed", english);
        var korean = System.Net.WebUtility.HtmlDecode(await officer.GetStringAsync("/staff/queue?culture=ko"));
        Assert.Contains($"{alias}이(가) 비상벨을 눌렀습니다. 위치: {location}.", korean);

        // The emails and the police message are written once, in Korean, with the alias as stored.
        var id = long.Parse(press.RequestMessage!.RequestUri!.AbsolutePath.Split('/').Last());
        var sent = await App.ExecuteDbContextAsync(db => db.Outbox.Where(m => m.EmergencyAlertId == id).Select(m => m.Body).ToListAsync());
        Assert.NotEmpty(sent);
        Assert.All(sent, body => Assert.Contains($"{alias}이(가) 비상벨을 눌렀습니다.", body));
        Assert.All(sent, body => Assert.DoesNotMatch(@"[\u0000-\u0008\u000b\u000c\u000e-\u001f]", body));
    }

    [Fact]
    public async Task Button_press_raises_a_banner_on_another_staff_page_and_the_safety_team_acknowledges_it()
    {
        await EnsureStaffAsync(App);
        using var agent = await StaffCookieClientAsync(App, Agent);
        var location = $"민원실 {Random.Shared.Next(100, 999)}번 창구";

        // The header form of any staff page posts here.
        var press = await PostFormAsync(agent, "/staff/alerts", [new("Location", location)], "/staff/emergency?handler=press");
        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        Assert.Matches(@"/staff/emergency/\d+$", press.RequestMessage!.RequestUri!.AbsolutePath);
        var id = long.Parse(press.RequestMessage.RequestUri.AbsolutePath.Split('/').Last());

        var stored = await App.ExecuteDbContextAsync(db => db.Set<EmergencyAlert>().AsNoTracking().Include(e => e.StaffAlert).SingleAsync(e => e.Id == id));
        var agentAlias = await App.ExecuteDbContextAsync(db => db.Users.Where(u => u.Email == Agent).Select(u => u.PublicAlias).SingleAsync());
        Assert.Equal(EmergencySource.Button, stored.Source);
        Assert.Equal(agentAlias, stored.RaisedBy);
        Assert.Equal(location, stored.Location);
        Assert.False(stored.IsDrill);
        Assert.Equal(StaffAlertKind.Emergency, stored.StaffAlert!.Kind);
        Assert.Equal($"/staff/emergency/{id}", stored.StaffAlert.Link);

        // An officer's page opened afterwards shows the banner.
        using var officer = await StaffCookieClientAsync(App, Officer);
        var queue = await officer.GetStringAsync("/staff/queue");
        Assert.Contains($"data-alert-id=\"{stored.StaffAlertId}\"", queue);
        Assert.Contains(location, queue);

        // The safety team acknowledges from the banner, then resolves on the emergency page: both times on the record.
        using var safety = await StaffCookieClientAsync(App, Safety);
        var ack = await PostFormAsync(safety, "/staff/alerts", [new("id", stored.StaffAlertId!.Value.ToString())], "/staff/alerts?handler=acknowledge");
        ack.EnsureSuccessStatusCode();
        var resolve = await PostFormAsync(safety, $"/staff/emergency/{id}", [], $"/staff/emergency/{id}?handler=resolve");
        resolve.EnsureSuccessStatusCode();

        var after = await App.ExecuteDbContextAsync(db => db.Set<EmergencyAlert>().AsNoTracking().SingleAsync(e => e.Id == id));
        var safetyAlias = await App.ExecuteDbContextAsync(db => db.Users.Where(u => u.Email == Safety).Select(u => u.PublicAlias).SingleAsync());
        Assert.NotNull(after.AcknowledgedAt);
        Assert.Equal(safetyAlias, after.AcknowledgedByAlias);
        Assert.NotNull(after.ResolvedAt);
        Assert.True(after.ResolvedAt >= after.AcknowledgedAt);
        var page = await safety.GetStringAsync($"/staff/emergency/{id}");
        Assert.Contains(safetyAlias, page);
        Assert.DoesNotContain($"data-alert-id=\"{stored.StaffAlertId}\"", await officer.GetStringAsync("/staff/queue"));
    }

    [Fact]
    public async Task The_header_of_every_staff_page_carries_the_emergency_button_for_agents_too()
    {
        await EnsureStaffAsync(App);
        using var agent = await StaffCookieClientAsync(App, Agent);
        var page = await agent.GetStringAsync("/staff/alerts");
        Assert.Contains("id=\"mw-emergency\"", page);
        Assert.Contains("action=\"/staff/emergency?handler=press\"", page);
        Assert.Contains("data-mw-confirm", page);
    }

    [Fact]
    public async Task A_device_with_its_key_rings_the_bell()
    {
        await EnsureStaffAsync(App);
        var (id, key) = await AddDeviceAsync(App, "1층 민원실 3번 창구");

        var response = await PressAsync(Client, id, key);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var alertId = json.RootElement.GetProperty("id").GetInt64();
        var stored = await App.ExecuteDbContextAsync(db => db.Set<EmergencyAlert>().AsNoTracking().Include(e => e.StaffAlert).SingleAsync(e => e.Id == alertId));
        Assert.Equal(EmergencySource.Device, stored.Source);
        Assert.Equal(id, stored.DeviceId);
        Assert.Equal("1층 민원실 3번 창구", stored.Location);
        Assert.Null(stored.StaffAlert!.ResolvedAt);
        Assert.NotNull(await App.ExecuteDbContextAsync(db => db.Set<EmergencyDevice>().Where(d => d.Id == id).Select(d => d.LastPressedAt).SingleAsync()));
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("forged")]
    [InlineData("")]
    public async Task A_forged_key_gets_401_problem_details_and_records_nothing(string kind)
    {
        await EnsureStaffAsync(App);
        var (id, key) = await AddDeviceAsync(App, "상담실");
        var before = await EmergencyCountAsync(App);
        var alertsBefore = await App.ExecuteDbContextAsync(db => db.Set<StaffAlert>().CountAsync());
        var forged = kind switch { "wrong-key" => EmergencyDevice.NewKey(), "forged" => key[..^1] + (key[^1] == 'A' ? 'B' : 'A'), _ => "" };

        var response = await PressAsync(Client, id, forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(401, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("장치", json.RootElement.GetProperty("detail").GetString());
        Assert.Equal(before, await EmergencyCountAsync(App));
        Assert.Equal(alertsBefore, await App.ExecuteDbContextAsync(db => db.Set<StaffAlert>().CountAsync()));
        Assert.Null(await App.ExecuteDbContextAsync(db => db.Set<EmergencyDevice>().Where(d => d.Id == id).Select(d => d.LastPressedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_disabled_or_unknown_device_is_refused()
    {
        await EnsureStaffAsync(App);
        var (id, key) = await AddDeviceAsync(App, "별관", enabled: false);
        var before = await EmergencyCountAsync(App);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PressAsync(Client, id, key)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PressAsync(Client, 987654321, key)).StatusCode);
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await PressAsync(Client, id, key);
        Assert.Contains("device", await english.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await EmergencyCountAsync(App));
    }

    [Fact]
    public async Task The_admin_page_registers_a_device_and_shows_its_key_once()
    {
        await EnsureStaffAsync(App);
        using var admin = await StaffCookieClientAsync(App, "admin@minwon.local");
        var created = await PostFormAsync(admin, "/staff/protection/devices", [new("Name", "2층 상담실 비상벨"), new("Location", "2층 상담실")], "/staff/protection/devices?handler=add");
        var html = await created.Content.ReadAsStringAsync();
        var id = long.Parse(System.Text.RegularExpressions.Regex.Match(html, "id=\"new-device-id\">(\\d+)<").Groups[1].Value);
        var key = System.Text.RegularExpressions.Regex.Match(html, "id=\"new-device-key\">([A-Za-z0-9_-]+)<").Groups[1].Value;
        Assert.Equal(43, key.Length);
        var stored = await App.ExecuteDbContextAsync(db => db.Set<EmergencyDevice>().AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal(EmergencyDevice.Hash(key), stored.KeyHash);
        Assert.DoesNotContain(key, await admin.GetStringAsync("/staff/protection/devices"));
        Assert.Equal(HttpStatusCode.Created, (await PressAsync(Client, id, key)).StatusCode);

        using var officer = await StaffCookieClientAsync(App, Officer);
        Assert.NotEqual(HttpStatusCode.OK, (await officer.GetAsync("/staff/protection/devices")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_device_endpoint()
    {
        var doc = await Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/emergency/press", doc);
        Assert.Contains("X-Device-Key", doc);
    }
}

[Collection(Collections.Sqlite)]
public sealed class EmergencyBellSqliteTests(SqliteApp app) : EmergencyBellTests(app);

[Collection(Collections.Postgres)]
public sealed class EmergencyBellPostgresTests(PostgresApp app) : EmergencyBellTests(app);
