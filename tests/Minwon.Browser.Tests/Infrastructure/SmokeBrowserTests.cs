using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SmokeBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Fact]
    public async Task Home_page_renders()
    {
        await StepAsync("home", async () =>
        {
            var response = await Page.GotoAsync("/");
            Assert.NotNull(response);
            Assert.True(response.Ok, $"GET / answered {response.Status}");
            await Assertions.Expect(Page.Locator("body")).Not.ToBeEmptyAsync();
        });
    }
}
