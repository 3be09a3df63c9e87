using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// The emergency bell and a drill in a browser, once per language: an officer rings the bell from the page header, the
/// banner appears live on the safety team's open page (another browser context) and the safety team acknowledges it;
/// then a drill with two roles runs and its after-action report shows each role's response time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmergencyJourneyTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    const string Officer = "officer@minwon.local", Safety = "safety@minwon.local", Agent = "agent@minwon.local";

    sealed record Texts(string Bell, string Open, string Acknowledge, string Drill, string Schedule, string Start, string AckRole, string End,
        string Report, string Seconds, string Mediation, string Reporting, string SendTest, string Delivered);

    static readonly Texts Korean = new("비상벨", "보기", "확인(접수)", "모의훈련", "훈련 등록", "훈련 시작", "역할 확인", "훈련 종료", "사후 보고서", "초", "중재", "신고", "시험 메시지 보내기", "전달됨");
    static readonly Texts English = new("Emergency", "Open", "Acknowledge", "DRILL", "Schedule drill", "Start drill", "Acknowledge my role", "End drill",
        "After-action report", " s", "Mediation", "Reporting", "Send a test message", "Delivered");

    [Fact] public Task Korean_emergency_bell_reaches_the_safety_team_and_a_drill_is_reported() => JourneyAsync(Lang.Korean, Korean);

    [Fact] public Task English_emergency_bell_reaches_the_safety_team_and_a_drill_is_reported() => JourneyAsync(Lang.English, English);

    async Task<IPage> SignInAsync(Lang lang, string email, IPage? page = null)
    {
        page ??= await NewPageAsync(lang.Code == "en" ? "en-US" : "ko-KR");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();   // the confirm step of the bell and of starting a drill
        await page.GotoAsync("/staff/login");
        await ComplaintFormPage.SwitchLanguageAsync(page, lang);
        await page.GetByLabel(lang.StaffEmail, new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(lang.StaffPassword, new() { Exact = true }).FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = lang.SignIn, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/staff/login"));
        return page;
    }

    async Task JourneyAsync(Lang lang, Texts t, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var users = await Browser.App.ExecuteDbContextAsync(db => db.Users.AsNoTracking()
            .Where(u => u.Email == Officer || u.Email == Safety || u.Email == Agent).ToDictionaryAsync(u => u.Email!, u => (u.Id, u.PublicAlias)));
        var location = $"{(lang.Code == "en" ? "Counter" : "민원실 창구")} {Random.Shared.Next(10, 99)}";

        // 1. The safety team has the alerts page open; an officer works on another page.
        var safety = await SignInAsync(lang, Safety);
        await safety.GotoAsync("/staff/alerts");
        var officer = await SignInAsync(lang, Officer, Page);

        // 2. The officer rings the bell from the page header (with a location), confirming the question.
        await StepAsync("01-bell-pressed", async () =>
        {
            await officer.Locator("#mw-emergency-location").FillAsync(location);
            await officer.Locator("#mw-emergency").GetByRole(AriaRole.Button, new() { Name = t.Bell, Exact = true }).ClickAsync();
            await officer.WaitForURLAsync(new Regex(@"/staff/emergency/\d+$"));
            await Assertions.Expect(officer.Locator("#emergency-facts")).ToContainTextAsync(location);
        }, officer, test);

        // 3. The banner appears live on the safety team's open page, without a reload.
        var banner = safety.Locator(".mw-alert-banner[data-alert-kind='Emergency']").Filter(new() { HasText = location });
        await StepAsync("02-banner-on-safety-page", () => Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 20_000 }), safety, test);

        // 4. The safety team opens it and acknowledges; the time and alias are recorded on the emergency.
        await StepAsync("03-acknowledged", async () =>
        {
            await banner.GetByRole(AriaRole.Link, new() { Name = t.Open, Exact = true }).ClickAsync();
            await safety.WaitForURLAsync(new Regex(@"/staff/emergency/\d+$"));
            await safety.Locator("#emergency-acknowledge").GetByRole(AriaRole.Button, new() { Name = t.Acknowledge, Exact = true }).ClickAsync();
            await Assertions.Expect(safety.Locator("#emergency-ack")).ToContainTextAsync(lang.Alias(users[Safety].PublicAlias));
        }, safety, test);

        // 5. The safety team plans a drill: mediation for the officer, reporting for the agent.
        var title = lang.Code == "en" ? $"Threatening visitor drill {Random.Shared.Next(100, 999)}" : $"창구 위협 방문객 대응 훈련 {Random.Shared.Next(100, 999)}";
        await StepAsync("04-drill-planned", async () =>
        {
            await safety.GotoAsync("/staff/protection/drills");
            await safety.Locator("#Title").FillAsync(title);
            await safety.Locator("#Scenario").FillAsync(lang.Code == "en" ? "A visitor at counter 2 shouts and threatens staff with an umbrella." : "2번 창구에서 방문객이 소리를 지르며 우산으로 직원을 위협합니다.");
            await safety.Locator("#ScheduledAt").FillAsync("2026-12-01T10:00");
            await safety.Locator("#role-Mediation").SelectOptionAsync(users[Officer].Id);
            await safety.Locator("#role-Reporting").SelectOptionAsync(users[Agent].Id);
            await safety.GetByRole(AriaRole.Button, new() { Name = t.Schedule, Exact = true }).ClickAsync();
            await safety.WaitForURLAsync(new Regex(@"/staff/drills/\d+$"));
        }, safety, test);
        var drillUrl = new Uri(safety.Url).AbsolutePath;

        // 6. It starts: the officer's page shows the drill banner, marked as a drill.
        await StepAsync("05-drill-banner", async () =>
        {
            await safety.GetByRole(AriaRole.Button, new() { Name = t.Start, Exact = true }).ClickAsync();
            await Assertions.Expect(safety.Locator("#drill-started")).Not.ToHaveTextAsync(new Regex("^-$"));
            var drillBanner = officer.Locator(".mw-alert-banner.mw-alert-drill").Filter(new() { HasText = title });
            await Assertions.Expect(drillBanner).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Assertions.Expect(drillBanner).ToContainTextAsync(t.Drill);
        }, officer, test);

        // 7. Both participants acknowledge their role on the drill page.
        await StepAsync("06-officer-acknowledges", async () =>
        {
            await officer.GotoAsync(drillUrl);
            await officer.GetByRole(AriaRole.Button, new() { Name = t.AckRole, Exact = true }).ClickAsync();
            await Assertions.Expect(officer.Locator("#drill-roles tr[data-role='Mediation']")).ToContainTextAsync(t.Seconds);
        }, officer, test);
        var agent = await SignInAsync(lang, Agent);
        await StepAsync("07-agent-acknowledges", async () =>
        {
            await agent.GotoAsync(drillUrl);
            await agent.GetByRole(AriaRole.Button, new() { Name = t.AckRole, Exact = true }).ClickAsync();
            await Assertions.Expect(agent.Locator("#drill-roles tr[data-role='Reporting']")).ToContainTextAsync(t.Seconds);
        }, agent, test);

        // 8. The safety team ends it and reads the after-action report: each role's response time, chart included.
        await StepAsync("08-report", async () =>
        {
            await safety.GotoAsync(drillUrl);
            await safety.Locator("#Notes").FillAsync(lang.Code == "en" ? "Reporting within a minute; practise the warning script." : "신고까지 1분 이내. 경고 멘트 연습 필요.");
            await safety.GetByRole(AriaRole.Button, new() { Name = t.End, Exact = true }).ClickAsync();
            await safety.GetByRole(AriaRole.Link, new() { Name = t.Report, Exact = true }).ClickAsync();
            var mediation = safety.Locator("#drill-report tr[data-role='Mediation']");
            await Assertions.Expect(mediation).ToContainTextAsync(t.Mediation);
            await Assertions.Expect(mediation).ToContainTextAsync(lang.Alias(users[Officer].PublicAlias));
            await Assertions.Expect(mediation).ToContainTextAsync(new Regex(@"\d+" + Regex.Escape(t.Seconds)));
            await Assertions.Expect(safety.Locator("#drill-report tr[data-role='Reporting']")).ToContainTextAsync(new Regex(@"\d+" + Regex.Escape(t.Seconds)));
            await Assertions.Expect(safety.Locator("#drill-timeline rect.bar")).ToHaveCountAsync(2);
        }, safety, test);

        // 9. The safety team checks the contact chain: a test message reaches the police liaison's mailbox.
        await StepAsync("09-contact-check", async () =>
        {
            await safety.GotoAsync("/staff/protection/contacts");
            await Assertions.Expect(safety.Locator("#destinations")).ToContainTextAsync(BrowserFixture.PoliceMailbox);
            // the form posts and comes back to the same address: wait for the new check to be listed
            var checks = safety.Locator("h3[id^='check-']");
            var before = await checks.CountAsync();
            await safety.GetByRole(AriaRole.Button, new() { Name = t.SendTest, Exact = true }).ClickAsync();
            await Assertions.Expect(checks).ToHaveCountAsync(before + 1);
            await Browser.Mail.WaitForMessageToAsync(BrowserFixture.PoliceMailbox, TimeSpan.FromSeconds(30), m => (m.Subject ?? "").StartsWith("[시험]"));
            // the dispatcher marks the message sent just after the mail server took it: look again until the page says so
            for (var attempt = 0; ; attempt++)
            {
                await safety.GotoAsync("/staff/protection/contacts");
                if ((await safety.Locator("table[id^='deliveries-']").First.InnerTextAsync()).Contains(t.Delivered, StringComparison.Ordinal)) break;
                Assert.True(attempt < 40, "the test message is shown as delivered");
                await Task.Delay(250);
            }
        }, safety, test);
    }
}
