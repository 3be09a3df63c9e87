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
/// The citizen's pages on a phone (375 px), once per language: the receipt, the answered complaint with its rating
/// form, and the staff directory show everything without sideways scrolling (KRDS tables keep a 732 px minimum and
/// scroll, which hid the deadline and the duty phone); the receipt number stays on one line; the five rating choices
/// stay on screen; words (and times) in the masthead and footer are not split in the middle.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalPhoneLayoutTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    const int Phone = 375;

    [Fact] public Task Korean_citizen_pages_fit_a_phone() => PhoneAsync(Lang.Korean);

    [Fact] public Task English_citizen_pages_fit_a_phone() => PhoneAsync(Lang.English);

    async Task PhoneAsync(Lang lang, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var suffix = Random.Shared.Next(1000, 10000).ToString();
        var receipt = await FileAndAnswerAsync($"010-3750-{suffix}");
        var page = await NewPageAsync(lang.Code == "en" ? "en-US" : "ko-KR", new ViewportSize { Width = Phone, Height = 812 });

        await StepAsync("00-form", async () =>
        {
            await page.GotoAsync($"/complaints/new?culture={lang.Code}");
            // "Statutory service" and its long "(required for a statutory application)" note: the note wraps below the
            // name instead of squeezing it into a narrow column, and is set apart from it by a gap.
            var label = page.Locator("label[for=Input_StatutoryServiceId]");
            var note = label.Locator(".mw-optional");
            var labelBox = await label.BoundingBoxAsync();
            var noteBox = await note.BoundingBoxAsync();
            Assert.True(noteBox!.X + noteBox.Width <= Phone, "the note runs off the screen");
            Assert.True(await label.EvaluateAsync<string>("e => getComputedStyle(e).flexWrap") == "wrap", "the label does not wrap");
            Assert.True(await label.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).columnGap) || 0") > 0, "no gap before the note");
            Assert.True(labelBox!.Width > Phone / 2 || noteBox.Y > labelBox.Y, "the label is squeezed beside its note");
            await AssertNoSideScrollAsync(page);
        }, page, test);

        await StepAsync("01-receipt", async () =>
        {
            await page.GotoAsync($"/complaints/receipt?no={receipt}&culture={lang.Code}");
            await AssertTablesFitAsync(page);
            var number = await page.Locator("#receipt-number").BoundingBoxAsync();
            var lineHeight = await page.Locator("#receipt-number").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight) || e.getBoundingClientRect().height");
            Assert.True(number!.Height < lineHeight * 1.5, $"the receipt number wraps ({number.Height}px for a {lineHeight}px line)");
            Assert.True(number.X + number.Width <= Phone, "the receipt number runs off the screen");
            await AssertNoSideScrollAsync(page);
            await AssertWordsStayWholeAsync(page);
        }, page, test);

        await StepAsync("02-answer-and-rating", async () =>
        {
            await page.GotoAsync($"/track?culture={lang.Code}");
            await new TrackPage(page, lang).LookUpAsync(receipt, suffix);
            await AssertTablesFitAsync(page);
            var choices = page.Locator("#rating-form input[name=Rating]");
            Assert.Equal(5, await choices.CountAsync());
            for (var i = 0; i < 5; i++)
            {
                var label = page.Locator($"label[for='{await choices.Nth(i).GetAttributeAsync("id")}']");
                var box = await label.BoundingBoxAsync();
                Assert.True(box!.X >= 0 && box.X + box.Width <= Phone, $"rating choice {i + 1} is off screen (x {box.X}, width {box.Width})");
            }
            var timelineSize = await page.Locator("#timeline").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
            Assert.True(timelineSize >= 14, $"the timeline is set at {timelineSize}px");
            await AssertNoSideScrollAsync(page);
        }, page, test);

        await StepAsync("03-directory", async () =>
        {
            await page.GotoAsync($"/directory?culture={lang.Code}");
            await AssertTablesFitAsync(page);
            var phone = await page.Locator("#directory tbody tr").First.Locator("a[href^='tel:']").BoundingBoxAsync();
            Assert.True(phone!.X + phone.Width <= Phone, "the duty phone is off screen");
            // The duties are the long text: on a phone each department is a card and they get the whole width, not a
            // column of one word a line between the name and the phone.
            var duties = await page.Locator("#directory tbody tr").First.Locator("td").First.BoundingBoxAsync();
            Assert.True(duties!.Width >= Phone * 0.75, $"the duties are squeezed into {duties.Width}px");
            await AssertNoSideScrollAsync(page);
        }, page, test);
    }

    [Fact]
    public async Task Faq_answers_start_below_the_search_box()
    {
        foreach (var (code, query) in new[] { ("ko", "민원"), ("en", "parking") })
        {
            var page = await NewPageAsync(code == "en" ? "en-US" : "ko-KR", new ViewportSize { Width = Phone, Height = 812 });
            await StepAsync($"faq-{code}", async () =>
            {
                await page.GotoAsync($"/faq?culture={code}&q={Uri.EscapeDataString(query)}");
                var form = await page.Locator("#faq-search").BoundingBoxAsync();
                var items = page.Locator("#kb-results > li");
                Assert.True(await items.CountAsync() >= 2, "the search found fewer than two answers");
                var first = await items.Nth(0).BoundingBoxAsync();
                var second = await items.Nth(1).BoundingBoxAsync();
                Assert.True(first!.Y >= form!.Y + form.Height + 8, $"the first answer touches the search box ({first.Y} vs {form.Y + form.Height})");
                Assert.True(second!.Y >= first.Y + first.Height + 8, "the answers touch each other");
                await AssertNoSideScrollAsync(page);
            }, page);
        }
    }

    /// <summary>Every table on the page is as wide as its frame: nothing is hidden behind a sideways scroll.</summary>
    internal static async Task AssertTablesFitAsync(IPage page, string wraps = ".krds-table-wrap")
    {
        var overflowing = await page.EvaluateAsync<string[]>(
            $"() => [...document.querySelectorAll('{wraps}')].filter(w => w.scrollWidth > w.clientWidth + 1)" +
            ".map(w => (w.querySelector('table')?.id || w.querySelector('table')?.className) + ': ' + w.scrollWidth + ' > ' + w.clientWidth)");
        Assert.True(overflowing.Length == 0, "tables scroll sideways: " + string.Join("; ", overflowing));
    }

    internal static async Task AssertNoSideScrollAsync(IPage page, int width = Phone) =>
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, "the page scrolls sideways");

    static async Task AssertWordsStayWholeAsync(IPage page)
    {
        foreach (var selector in new[] { "#krds-masthead .nuri-txt", "#krds-footer .info-cs li" })
        {
            var wordBreak = await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).wordBreak");
            Assert.True(wordBreak != "break-all", $"{selector} breaks words anywhere");
        }
    }

    /// <summary>Files a complaint through the API and has the supervisor answer it; returns the receipt number.</summary>
    async Task<string> FileAndAnswerAsync(string phone)
    {
        var category = await Browser.App.ExecuteDbContextAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        using var http = new HttpClient { BaseAddress = Browser.BaseAddress };
        var filed = await http.PostAsJsonAsync("/api/v1/complaints", new
        {
            type = "Question", categoryId = category, title = "마을회관 앞 가로등 고장", body = "마을회관 앞 가로등이 사흘째 꺼져 있습니다. 확인 부탁드립니다.",
            name = "박시민", phone, consent = true,
        });
        filed.EnsureSuccessStatusCode();
        var receipt = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
        Assert.True(Minwon.Core.Complaints.ReceiptNumber.TryParse(receipt, out var id, out _), receipt);

        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { email = "supervisor@minwon.local", password = DemoSeeder.Password });
        token.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var answered = await http.PostAsJsonAsync($"/api/v1/staff/complaints/{id}/answer",
            new { text = "현장을 확인하고 가로등을 교체했습니다. 불편을 드려 죄송합니다." });
        answered.EnsureSuccessStatusCode();
        return receipt;
    }
}
