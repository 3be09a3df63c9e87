using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// The supervisor's overview at desk width, once per language: a handler's alias in the overdue list stays on one line
/// ("Officer E-0572" used to break after the hyphen), as it does in the queue; the emergency bell's location field in
/// the header shows its whole placeholder ("Location (optional)" was cut to "Location (…").
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffOverviewLayoutTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact] public Task Korean_overview_keeps_aliases_whole() => OverviewAsync(Lang.Korean);

    [Fact] public Task English_overview_keeps_aliases_whole() => OverviewAsync(Lang.English);

    async Task OverviewAsync(Lang lang, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var page = await NewPageAsync(lang.Code == "en" ? "en-US" : "ko-KR", new ViewportSize { Width = 1280, Height = 900 });
        await new StaffPages(page, lang).LoginAsync("supervisor@minwon.local", DemoSeeder.Password);

        await StepAsync("00-overview", async () =>
        {
            await page.GotoAsync($"/staff/overview?culture={lang.Code}");
            var broken = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('#overdue-list tbody td')]" +
                ".filter(td => /^(Officer|담당자) /.test(td.textContent.trim()))" +
                ".filter(td => { const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length > 1; })" +
                ".map(td => td.textContent.trim())");
            var aliases = await page.Locator("#overdue-list tbody td").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^(Officer|담당자) ") }).CountAsync();
            Assert.True(aliases > 0, "no assigned overdue complaint to look at");
            Assert.True(broken.Length == 0, "aliases split over lines: " + string.Join(", ", broken));
        }, page, test);

        await StepAsync("01-emergency-location", () => AssertPlaceholderFitsAsync(page), page, test);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task The_emergency_location_placeholder_fits_on_a_phone(string code)
    {
        var lang = code == "en" ? Lang.English : Lang.Korean;
        var page = await NewPageAsync(code == "en" ? "en-US" : "ko-KR", new ViewportSize { Width = 375, Height = 812 });
        await new StaffPages(page, lang).LoginAsync("supervisor@minwon.local", DemoSeeder.Password);
        await AssertPlaceholderFitsAsync(page);
    }

    /// <summary>The placeholder is the location field's only visible label, so all of it must show.</summary>
    static async Task AssertPlaceholderFitsAsync(IPage page)
    {
        var widths = await page.Locator("#mw-emergency-location").EvaluateAsync<double[]>(
            "e => { const s = getComputedStyle(e); const c = document.createElement('canvas').getContext('2d'); c.font = s.font;" +
            " return [c.measureText(e.placeholder).width, e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)]; }");
        Assert.True(widths[0] <= widths[1], $"the emergency location placeholder is cut off: {widths[0]:F0} px of text in {widths[1]:F0} px");
    }
}
