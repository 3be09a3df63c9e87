using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Accessibility;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Core.Complaints;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// "My complaints" in a browser, once per language: the citizen gives the e-mail address a demo complaint was filed
/// with, reads the one-time code from the mail (the test SMTP server), enters it and sees the complaint listed. Both
/// steps and the list pass axe-core's WCAG A/AA rules.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MyComplaintsJourneyTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public Task Korean_citizen_lists_their_complaints_with_a_mailed_code() =>
        JourneyAsync("ko", skip: 0, send: "인증번호 받기", code: "인증번호", open: "조회", sent: "인증번호 6자리를 보냈습니다");

    [Fact]
    public Task English_citizen_lists_their_complaints_with_a_mailed_code() =>
        JourneyAsync("en", skip: 1, send: "Send me a code", code: "Code", open: "Look up", sent: "a 6-digit code has been sent");

    async Task JourneyAsync(string lang, int skip, string send, string code, string open, string sent,
        [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var filed = await Browser.App.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking()
            .Where(c => c.CitizenEmail != null).OrderBy(c => c.Id).Skip(skip).Select(c => new { c.Id, c.ReceivedAt, c.CitizenEmail }).FirstAsync());
        var email = filed.CitizenEmail!;
        var receipt = ReceiptNumber.Format(filed.Id, filed.ReceivedAt);
        var violations = new List<string>();

        await StepAsync("01-contact", async () =>
        {
            await Page.GotoAsync($"/culture?c={lang}&returnUrl=/my");
            await Page.GetByLabel(lang == "en" ? "Phone number or email" : "휴대전화 번호 또는 이메일", new() { Exact = true }).FillAsync(email);
            await Page.GetByRole(AriaRole.Button, new() { Name = send, Exact = true }).ClickAsync();
            await Assertions.Expect(Page.Locator("#code-sent")).ToContainTextAsync(sent);
            violations.AddRange(await Axe.ViolationsAsync(Page));
        }, test: test);

        var mail = await Browser.Mail.WaitForMessageToAsync(email, TimeSpan.FromSeconds(20), m => SixDigits().IsMatch(m.TextBody ?? ""));
        await StepAsync("02-code", async () =>
        {
            await Page.GetByLabel(code, new() { Exact = true }).FillAsync(SixDigits().Match(mail.TextBody!).Value);
            await Page.GetByRole(AriaRole.Button, new() { Name = open, Exact = true }).ClickAsync();
            await Assertions.Expect(Page.Locator("#my-complaints")).ToContainTextAsync(receipt);
            violations.AddRange(await Axe.ViolationsAsync(Page));
        }, test: test);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
