using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// Staff admin pages on a phone (375 px), once per language: the public-alias table scrolls inside its frame, but the
/// page itself does not scroll sideways (the visually hidden labels of its inline forms used to escape the frame).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPhoneLayoutTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact] public Task Korean_alias_admin_fits_a_phone() => PhoneAsync(Lang.Korean);

    [Fact] public Task English_alias_admin_fits_a_phone() => PhoneAsync(Lang.English);

    async Task PhoneAsync(Lang lang, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var page = await NewPageAsync(lang.Code == "en" ? "en-US" : "ko-KR", new ViewportSize { Width = 375, Height = 812 });
        await new StaffPages(page, lang).LoginAsync("admin@minwon.local", DemoSeeder.Password);

        await StepAsync("00-aliases", async () =>
        {
            await page.GotoAsync($"/staff/admin/aliases?culture={lang.Code}");
            await Assertions.Expect(page.Locator("#aliases input[name=Alias]").First).ToBeVisibleAsync();
            await PortalPhoneLayoutTests.AssertNoSideScrollAsync(page, 375);
        }, page, test);
    }
}
