using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>The entry cards of the home and proactive-administration pages hold their buttons, in both languages and widths.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EntryCardLayoutTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Theory]
    [InlineData("ko", 1280)]
    [InlineData("en", 1280)]
    [InlineData("en", 375)]
    public async Task Every_button_stays_inside_its_card(string lang, int width)
    {
        var page = await NewPageAsync(viewport: new ViewportSize { Width = width, Height = 900 });
        await page.GotoAsync($"/culture?c={lang}&returnUrl=/");
        foreach (var path in new[] { "/", "/proactive" })
        {
            await page.GotoAsync(path);
            // Each card's buttons: how far they reach past the card's right edge, in CSS pixels.
            var overflows = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('.mw-entry-card')].flatMap(card => {
                    const box = card.getBoundingClientRect();
                    return [...card.querySelectorAll('.krds-btn')]
                        .filter(b => b.getBoundingClientRect().right > box.right + 0.5)
                        .map(b => `${b.textContent.trim()}: ${Math.round(b.getBoundingClientRect().right - box.right)} px`);
                })
                """);
            await ScreenshotAsync($"{lang}-{width}{path.Replace('/', '_')}", page);
            Assert.True(overflows.Length == 0, $"{path} ({lang}, {width} px): {string.Join(", ", overflows)}");
        }
    }
}
