using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Web.Alerts;
using Minwon.Web.Protection;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// Staff protection in a browser, once per language: an abusive complaint arrives, the officer reads it masked with a
/// badge, reveals the original (which is logged); a threat arrives while the safety team has a staff page open, the
/// banner appears live and the safety team acknowledges it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProtectionJourneyTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    sealed record Labels(string Reveal, string Revealed, string Acknowledge, string SeverityBadge);

    static readonly Labels Ko = new("원문 보기 (열람 기록)", "원문을 보고 있습니다. 이 열람은 기록되었습니다.", "확인(접수)", "주의");
    static readonly Labels En = new("Show the original (logged)", "You are viewing the original. This view has been logged.", "Acknowledge", "Caution");

    [Fact]
    public Task Korean_officer_reads_abuse_masked_and_safety_team_acknowledges_a_threat() => JourneyAsync(Lang.Korean, Ko);

    [Fact]
    public Task English_officer_reads_abuse_masked_and_safety_team_acknowledges_a_threat() => JourneyAsync(Lang.English, En);

    async Task JourneyAsync(Lang lang, Labels labels, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        const string abusive = "신호등이 또 고장났네. 씨발 일을 이따위로 하냐 병신들아. 빨리 고쳐라.";
        var receipt = await FileAsync($"신호등 고장 {Random.Shared.Next(1000, 9999)}", abusive);
        var id = Minwon.Core.Complaints.ReceiptNumber.TryParse(receipt, out var parsed, out _) ? parsed : 0;
        var locale = lang.Code == "en" ? "en-US" : "ko-KR";

        // 1. The officer opens it: the body is masked, with the severity badge and the categories.
        var officerPage = await NewPageAsync(locale);
        await StepAsync("01-masked", async () =>
        {
            await new StaffPages(officerPage, lang).LoginAsync("officer@minwon.local", DemoSeeder.Password);
            await officerPage.GotoAsync($"/staff/complaints/{id}");
            var body = officerPage.Locator("#complaint-body");
            await Assertions.Expect(body).ToContainTextAsync("●");
            await Assertions.Expect(body).Not.ToContainTextAsync("씨발");
            await Assertions.Expect(officerPage.Locator("#complaint-body-screening")).ToBeVisibleAsync();
        }, officerPage, test);

        // 2. Revealing shows the original and is written to the audit log.
        await StepAsync("02-revealed", async () =>
        {
            await officerPage.Locator("#complaint-body-reveal").GetByRole(AriaRole.Button, new() { Name = labels.Reveal }).ClickAsync();
            await Assertions.Expect(officerPage.Locator("#complaint-body")).ToHaveTextAsync(abusive);
            await Assertions.Expect(officerPage.GetByText(labels.Revealed)).ToBeVisibleAsync();
            var logged = await Browser.App.ExecuteDbContextAsync(db => db.Set<RevealRecord>().CountAsync(r => r.ScreenedText!.ComplaintId == id));
            Assert.Equal(1, logged);
        }, officerPage, test);

        // 3. The safety team has the alerts page open; a threat arrives and the banner appears without a reload.
        var safetyPage = await NewPageAsync(locale);
        await new StaffPages(safetyPage, lang).LoginAsync("safety@minwon.local", DemoSeeder.Password, "/staff/alerts");
        var threat = await FileAsync("신호등", "계속 이러면 담당자 퇴근길 조심해라. 어디 사는지 안다.");
        var banner = safetyPage.Locator($"#mw-alerts [data-alert-kind=Threat]").Filter(new() { HasText = threat });
        await StepAsync("03-live-banner", async () =>
        {
            await Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 15_000 });
        }, safetyPage, test);

        // 4. After a reload the banner offers "acknowledge"; the time and alias are recorded.
        await StepAsync("04-acknowledged", async () =>
        {
            await safetyPage.ReloadAsync();
            await banner.GetByRole(AriaRole.Button, new() { Name = labels.Acknowledge }).ClickAsync();
            await safetyPage.WaitForURLAsync("**/staff/alerts");
            var alert = await Browser.App.ExecuteDbContextAsync(db => db.Set<StaffAlert>().AsNoTracking().SingleAsync(a => a.Subject == threat));
            Assert.NotNull(alert.AcknowledgedAt);
            await Assertions.Expect(safetyPage.Locator($"#alerts tr[data-alert-id='{alert.Id}']")).ToContainTextAsync(lang.Alias(alert.AcknowledgedByAlias!));
        }, safetyPage, test);
    }

    async Task<string> FileAsync(string title, string body)
    {
        using var client = new HttpClient { BaseAddress = Browser.BaseAddress };
        var category = await Browser.App.ExecuteDbContextAsync(db => db.Categories.Where(c => c.Department!.Code == "ROAD").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var response = await client.PostAsJsonAsync("/api/v1/complaints", new
        {
            type = "Question", categoryId = category, title, body, name = "조만호",
            phone = $"010-3{Random.Shared.Next(100, 999)}-{Random.Shared.Next(1000, 9999)}", consent = true,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
    }
}
