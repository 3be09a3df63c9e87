using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// The customer support desk in a browser, once per language: a visitor takes a ticket, the waiting display calls the
/// number to a counter, the complaint filed there appears in the road department's queue.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskJourneyTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    sealed record Texts(string Code, string SignIn, string Purpose, string VisitorName, string VisitorPhone, string Issue, string Counter, string CallNext,
        string Category, string Title, string Body, string FileButton, string CounterThree);

    static readonly Texts Korean = new("ko", "로그인", "방문 목적", "방문객 이름", "방문객 전화번호", "번호표 발급", "창구", "다음 번호 호출",
        "도로교통과 · 도로 보수", "제목", "내용", "민원 접수", "3번 창구");

    static readonly Texts English = new("en", "Sign in", "Purpose of visit", "Visitor's name", "Visitor's phone", "Issue ticket", "Counter", "Call next number",
        "Roads and Transport Division · Road repair", "Title", "Description", "File complaint", "Counter 3");

    [Fact]
    public Task Korean_visitor_takes_a_ticket_is_called_and_files_a_complaint() => JourneyAsync(Korean, Lang.Korean);

    [Fact]
    public Task English_visitor_takes_a_ticket_is_called_and_files_a_complaint() => JourneyAsync(English, Lang.English);

    async Task JourneyAsync(Texts t, Lang lang, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var name = "Visitor " + Random.Shared.Next(1000, 9999);
        var phone = $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";
        var title = t.Code == "en" ? "Broken pavement in front of the market" : "시장 앞 보도블록 파손";

        await StepAsync("01-ticket", async () =>
        {
            await Page.GotoAsync("/staff/login");
            await ComplaintFormPage.SwitchLanguageAsync(Page, lang);
            await Page.GetByLabel(lang.StaffEmail, new() { Exact = true }).FillAsync("agent@minwon.local");
            await Page.GetByLabel(lang.StaffPassword, new() { Exact = true }).FillAsync(DemoSeeder.Password);
            await Page.GetByRole(AriaRole.Button, new() { Name = t.SignIn, Exact = true }).ClickAsync();
            await Page.WaitForURLAsync("**/staff/callcenter**");
            await Page.GotoAsync("/staff/callcenter/desk");
            await Page.GetByLabel(t.Purpose, new() { Exact = true }).FillAsync(t.Code == "en" ? "Report broken pavement" : "보도블록 파손 신고");
            await Page.GetByLabel(t.VisitorName, new() { Exact = true }).FillAsync(name);
            await Page.GetByLabel(t.VisitorPhone, new() { Exact = true }).FillAsync(phone);
            await Page.GetByRole(AriaRole.Button, new() { Name = t.Issue, Exact = true }).ClickAsync();
            await Assertions.Expect(Page.Locator("#action-message")).ToBeVisibleAsync();
        }, test: test);

        var number = await Page.Locator("#tickets tr", new() { HasText = name }).GetAttributeAsync("data-ticket");
        Output.WriteLine($"Ticket {number}");

        await StepAsync("02-called", async () =>
        {
            await Page.GetByLabel(t.Counter, new() { Exact = true }).SelectOptionAsync("3");
            // Tickets of earlier tests are called first.
            for (var i = 0; i < 50 && await Page.Locator($"#tickets tr[data-ticket='{number}'][data-status='Called']").CountAsync() == 0; i++)
            {
                await Page.GetByLabel(t.Counter, new() { Exact = true }).SelectOptionAsync("3");
                await Page.GetByRole(AriaRole.Button, new() { Name = t.CallNext, Exact = true }).ClickAsync();
                await Assertions.Expect(Page.Locator("#action-message")).ToBeVisibleAsync();
            }
            await Assertions.Expect(Page.Locator($"#tickets tr[data-ticket='{number}']")).ToHaveAttributeAsync("data-status", "Called");
        }, test: test);

        var display = await NewPageAsync(t.Code == "en" ? "en-US" : "ko-KR");
        await StepAsync("03-waiting-display", async () =>
        {
            await display.GotoAsync("/desk/display");
            await ComplaintFormPage.SwitchLanguageAsync(display, lang);
            var row = display.Locator($"#display tr[data-ticket='{number}']");
            await Assertions.Expect(row).ToContainTextAsync(t.CounterThree);
            Assert.DoesNotContain(name, await display.ContentAsync());
        }, display, test: test);

        var receipt = "";
        await StepAsync("04-filed", async () =>
        {
            var form = Page.Locator($"#file-form-{number}");
            await form.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = t.Category });
            await form.GetByLabel(t.Title, new() { Exact = true }).FillAsync(title);
            await form.GetByLabel(t.Body, new() { Exact = true }).FillAsync(t.Code == "en" ? "Several paving blocks are broken; people trip over them." : "보도블록 여러 개가 깨져 사람들이 걸려 넘어집니다.");
            await form.Locator("input[type=checkbox] + label").ClickAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = t.FileButton, Exact = true }).ClickAsync();
            var message = await Page.Locator("#action-message").InnerTextAsync();
            receipt = System.Text.RegularExpressions.Regex.Match(message, @"MW-\d{4}-\d{6}").Value;
            Assert.False(string.IsNullOrEmpty(receipt), message);
        }, test: test);

        var officerPage = await NewPageAsync(t.Code == "en" ? "en-US" : "ko-KR");
        await StepAsync("05-department-queue", async () =>
        {
            var staff = new StaffPages(officerPage, lang);
            await staff.LoginAsync("officer@minwon.local", DemoSeeder.Password);
            await Assertions.Expect(await staff.FindInQueueAsync(receipt, lang.CategoryName)).ToBeVisibleAsync();
        }, officerPage, test: test);
    }
}
