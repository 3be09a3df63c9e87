using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Alerts;
using Minwon.Web.Protection;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Protection;

/// <summary>Every incoming text is screened on arrival: officers read it masked, reveals are logged, threats alert.</summary>
public abstract class ProtectiveReadingTests(MinwonApp app) : IntegrationTest(app)
{
    const string Abusive = "씨발 도대체 일을 어떻게 하는 거야. 이 병신 같은 공무원들아 신호등 좀 고쳐라";
    const string Threat = "신호등 안 고치면 담당자 퇴근길 조심해라. 어디 사는지 안다";

    async Task<(long Id, string Receipt)> FileAsync(string title, string body, string? email = null)
    {
        var complaint = NewComplaint(await CategoryOfAsync(App, "ROAD"), email);
        complaint["title"] = title;
        complaint["body"] = body;
        var receipt = await ComplaintTestKit.FileAsync(Client, complaint);
        return (ComplaintId(receipt), receipt);
    }

    [Fact]
    public async Task An_abusive_complaint_is_masked_for_the_officer_and_a_reveal_is_logged()
    {
        await EnsureStaffAsync(App);
        var (id, receipt) = await FileAsync($"신호등 고장 {Guid.NewGuid():N}"[..16], Abusive);
        using var officer = await StaffClientAsync(App, Officer);

        var view = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/staff/complaints/{id}");
        var body = view.GetProperty("body").GetString()!;
        Assert.DoesNotContain("씨발", body);
        Assert.DoesNotContain("병신", body);
        Assert.Contains("●", body);
        Assert.Contains("신호등 좀 고쳐라", body); // the rest stays readable
        Assert.NotEqual("None", view.GetProperty("severity").GetString());
        var screened = view.GetProperty("screening").EnumerateArray().Single(s => s.GetProperty("field").GetString() == "Body");
        Assert.True(screened.GetProperty("masked").GetBoolean());
        Assert.Contains("Profanity", screened.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));

        // The page shows the masked text with a badge; revealing posts, shows the original and is logged.
        using var page = await StaffCookieClientAsync(App, Officer);
        var html = await page.GetStringAsync($"/staff/complaints/{id}");
        Assert.DoesNotContain("씨발", html);
        Assert.Contains("complaint-body-reveal", html);
        var textId = screened.GetProperty("id").GetInt64();
        var revealed = await PostFormAsync(page, $"/staff/complaints/{id}", [new("textId", textId.ToString())], $"/staff/complaints/{id}?handler=Reveal");
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Contains(Abusive, await revealed.Content.ReadAsStringAsync());

        var api = await officer.PostAsync($"/api/v1/staff/complaints/{id}/texts/{textId}/reveal", null);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(Abusive, (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("original").GetString());

        var log = await App.ExecuteDbContextAsync(db => db.Set<RevealRecord>().AsNoTracking().Where(r => r.ScreenedTextId == textId).ToListAsync());
        Assert.Equal(2, log.Count);
        Assert.All(log, r => Assert.StartsWith("담당자", r.ActorAlias));

        // The queue shows the masked title too (API and page), with the badge.
        var queue = await officer.GetFromJsonAsync<JsonElement>("/api/v1/staff/queue?status=Received");
        var row = queue.GetProperty("items").EnumerateArray().FirstOrDefault(i => i.GetProperty("receiptNumber").GetString() == receipt);
        if (row.ValueKind != JsonValueKind.Undefined) Assert.NotEqual("None", row.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task An_abusive_title_stays_masked_on_the_overview_and_the_incident_form()
    {
        await EnsureStaffAsync(App);
        var title = $"씨발 개새끼 공무원들아 {Guid.NewGuid():N}"[..24];
        var (id, _) = await FileAsync(title, "신호등이 고장났습니다.");
        // Past its deadline, so the supervisor's overview lists it among the overdue.
        await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.DueAt, DateTime.UtcNow.AddDays(-40)).SetProperty(c => c.ReceivedAt, DateTime.UtcNow.AddDays(-60))));

        using var supervisor = await StaffCookieClientAsync(App, Supervisor);
        var overview = WebUtility.HtmlDecode(await supervisor.GetStringAsync("/staff/overview"));
        Assert.Contains($"/staff/complaints/{id}\"", overview);
        Assert.DoesNotContain("씨발", overview);

        using var officer = await StaffCookieClientAsync(App, Officer);
        var form = WebUtility.HtmlDecode(await officer.GetStringAsync($"/staff/protection/incidents/new?complaint={id}"));
        Assert.Contains("linked-complaint", form);
        Assert.DoesNotContain("씨발", form);
    }

    [Fact]
    public async Task A_revealing_request_for_another_complaints_text_changes_nothing()
    {
        await EnsureStaffAsync(App);
        var (first, _) = await FileAsync("민원 하나", Abusive);
        var (second, _) = await FileAsync("민원 둘", "가로등이 꺼져 있습니다. 확인 부탁드립니다.");
        var textOfFirst = await App.ExecuteDbContextAsync(db => db.Set<ScreenedText>().Where(s => s.ComplaintId == first && s.Field == ScreenedField.Body).Select(s => s.Id).SingleAsync());
        using var officer = await StaffClientAsync(App, Officer);

        var response = await officer.PostAsync($"/api/v1/staff/complaints/{second}/texts/{textOfFirst}/reveal", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Set<RevealRecord>().CountAsync(r => r.ScreenedTextId == textOfFirst)));
    }

    [Fact]
    public async Task An_angry_but_civil_complaint_is_not_masked_and_raises_nothing()
    {
        await EnsureStaffAsync(App);
        const string civil = "세 번째 신고입니다. 정말 화가 납니다. 이번에도 처리되지 않으면 상급 기관에 문제 제기하겠습니다.";
        var (id, _) = await FileAsync("신호등 고장 재신고", civil);
        using var officer = await StaffClientAsync(App, Officer);

        var view = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/staff/complaints/{id}");

        Assert.Equal(civil, view.GetProperty("body").GetString());
        Assert.Equal("None", view.GetProperty("severity").GetString());
        Assert.False(await App.ExecuteDbContextAsync(db => db.Set<StaffAlert>().AnyAsync(a => a.Link == $"/staff/complaints/{id}")));
    }

    [Fact]
    public async Task A_threat_alerts_the_open_staff_pages_live_and_mails_the_safety_team()
    {
        await EnsureStaffAsync(App);
        using var safety = await StaffCookieClientAsync(App, Safety);
        using var live = await safety.GetAsync("/staff/live", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", live.Content.Headers.ContentType?.MediaType);
        await using var stream = await live.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(stream);

        var (id, receipt) = await FileAsync("신호등", Threat);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? data = null;
        while (data is null)
        {
            var line = await reader.ReadLineAsync(timeout.Token);
            if (line is null) break;
            if (line.StartsWith("data:", StringComparison.Ordinal) && line.Contains(receipt)) data = line[5..];
        }
        Assert.NotNull(data);
        var alert = JsonDocument.Parse(data!).RootElement;
        Assert.Equal("Threat", alert.GetProperty("kind").GetString());
        Assert.Equal($"/staff/complaints/{id}", alert.GetProperty("link").GetString());

        var mail = await Mail.WaitForMessageToAsync(Safety, TimeSpan.FromSeconds(20), m => m.Subject?.Contains(receipt) == true);
        Assert.Contains("[민원 경보]", mail.Subject);
        await Mail.WaitForMessageToAsync(Supervisor, TimeSpan.FromSeconds(20), m => m.Subject?.Contains(receipt) == true);

        // The banner is on every staff page until resolved; the safety team acknowledges it there.
        var page = await safety.GetStringAsync("/staff/alerts");
        Assert.Contains(receipt, page);
        var alertId = alert.GetProperty("id").GetInt64();
        var ack = await PostFormAsync(safety, "/staff/alerts", [new("id", alertId.ToString())], "/staff/alerts?handler=acknowledge");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var stored = await App.ExecuteDbContextAsync(db => db.Set<StaffAlert>().AsNoTracking().SingleAsync(a => a.Id == alertId));
        Assert.NotNull(stored.AcknowledgedAt);
        Assert.StartsWith("담당자", stored.AcknowledgedByAlias);
    }

    [Fact]
    public async Task An_officer_cannot_acknowledge_alerts()
    {
        await EnsureStaffAsync(App);
        var (id, _) = await FileAsync("신호등", Threat);
        var alertId = await App.ExecuteDbContextAsync(db => db.Set<StaffAlert>().Where(a => a.Link == $"/staff/complaints/{id}").Select(a => a.Id).SingleAsync());
        using var officer = await StaffCookieClientAsync(App, Officer);

        var response = await PostFormAsync(officer, "/staff/alerts", [new("id", alertId.ToString())], "/staff/alerts?handler=acknowledge");

        Assert.Equal("/staff/denied", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Null(await App.ExecuteDbContextAsync(db => db.Set<StaffAlert>().Where(a => a.Id == alertId).Select(a => a.AcknowledgedAt).SingleAsync()));
    }
}

[Collection(Collections.Sqlite)]
public sealed class ProtectiveReadingSqliteTests(SqliteApp app) : ProtectiveReadingTests(app);

[Collection(Collections.Postgres)]
public sealed class ProtectiveReadingPostgresTests(PostgresApp app) : ProtectiveReadingTests(app);
