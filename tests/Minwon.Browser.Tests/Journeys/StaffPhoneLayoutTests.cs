using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// Staff pages on a phone (375 px), once per language: a complaint's summary (handler, deadline, citizen) fits the
/// screen instead of hiding its values behind a sideways scroll; the public-alias table scrolls inside its frame, but
/// the page itself does not scroll sideways (the visually hidden labels of its inline forms used to escape the frame).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPhoneLayoutTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact] public Task Korean_staff_pages_fit_a_phone() => PhoneAsync(Lang.Korean);

    [Fact] public Task English_staff_pages_fit_a_phone() => PhoneAsync(Lang.English);

    async Task PhoneAsync(Lang lang, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var page = await NewPageAsync(lang.Code == "en" ? "en-US" : "ko-KR", new ViewportSize { Width = 375, Height = 812 });
        await new StaffPages(page, lang).LoginAsync("admin@minwon.local", DemoSeeder.Password);

        var id = await FileAsync();
        await StepAsync("00-complaint", async () =>
        {
            await page.GotoAsync($"/staff/complaints/{id}?culture={lang.Code}");
            await Assertions.Expect(page.Locator("#complaint-deadline")).ToBeVisibleAsync();
            await PortalPhoneLayoutTests.AssertTablesFitAsync(page, ".krds-table-wrap:has(#complaint-summary)");
            await PortalPhoneLayoutTests.AssertNoSideScrollAsync(page, 375);
        }, page, test);

        await StepAsync("01-aliases", async () =>
        {
            await page.GotoAsync($"/staff/admin/aliases?culture={lang.Code}");
            await Assertions.Expect(page.Locator("#aliases input[name=Alias]").First).ToBeVisibleAsync();
            await PortalPhoneLayoutTests.AssertNoSideScrollAsync(page, 375);
        }, page, test);
    }

    /// <summary>Files a complaint through the public API; returns its id.</summary>
    async Task<long> FileAsync()
    {
        var category = await Browser.App.ExecuteDbContextAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        using var http = new HttpClient { BaseAddress = Browser.BaseAddress };
        var filed = await http.PostAsJsonAsync("/api/v1/complaints", new
        {
            type = "Question", categoryId = category, title = "버스 정류장 안내판 고장", body = "군청 앞 버스 정류장의 도착 안내판이 일주일째 꺼져 있습니다.",
            name = "김시민", phone = "010-3751-2345", consent = true,
        });
        filed.EnsureSuccessStatusCode();
        var receipt = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
        Assert.True(Minwon.Core.Complaints.ReceiptNumber.TryParse(receipt, out var id, out _), receipt);
        return id;
    }
}
