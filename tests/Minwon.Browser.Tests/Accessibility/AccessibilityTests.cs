using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Accessibility;

/// <summary>
/// Every page a citizen or a staff member opens, in Korean and in English, passes axe-core's WCAG 2.x A/AA rules:
/// labels, names, contrast, landmarks, language, ARIA. Forms are checked again showing their error messages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    static readonly string[] CitizenPages =
        ["/", "/complaints/new", "/track", "/my", "/faq", "/directory", "/proactive", "/proactive/gallery", "/proactive/recommend",
         "/proactive/status", "/proactive/vote", "/staff/login"];

    /// <summary>Forms and the button that submits them empty, to check the page with its error messages.</summary>
    static readonly (string Path, string Submit)[] EmptySubmits =
        [("/complaints/new", "#complaint-form button[type=submit]"), ("/track", "main form button[type=submit]"), ("/my", "#my-form button[type=submit]"),
         ("/proactive/recommend", "main form button[type=submit]"), ("/staff/login", "main form button[type=submit]")];

    static readonly string[] StaffPages =
        ["/staff/queue", "/staff/groups", "/staff/overview", "/staff/alerts", "/staff/emergency", "/staff/admin/aliases", "/staff/admin/holidays",
         "/staff/callcenter", "/staff/callcenter/desk", "/staff/callcenter/kb", "/staff/callcenter/wallboard",
         "/staff/proactive", "/staff/proactive/plan", "/staff/proactive/training",
         "/staff/protection/complainants", "/staff/protection/contacts", "/staff/protection/devices", "/staff/protection/drills",
         "/staff/protection/incidents", "/staff/protection/incidents/new", "/staff/protection/incidents/verify", "/staff/protection/reveals"];

    /// <summary>Detail pages, reached through the first link of this pattern on a list page (the demo data has them).</summary>
    static readonly (string List, string Link)[] DetailPages =
        [("/staff/queue", "a[href^='/staff/complaints/']"), ("/staff/groups", "a[href^='/staff/groups/']"), ("/staff/proactive", "a[href^='/staff/proactive/periods/']"),
         ("/staff/proactive", "a[href^='/staff/proactive/recommendations/']"), ("/staff/proactive/training", "a[href^='/staff/proactive/training/']"),
         ("/staff/protection/complainants", "a[href^='/staff/protection/complainants/']"),
         ("/staff/protection/incidents", "a[href^='/staff/protection/incidents/']:not([href$='/new']):not([href$='/verify'])")];

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task Citizen_pages_pass_the_WCAG_A_and_AA_rules(string lang)
    {
        var failures = new List<string>();
        await Page.GotoAsync($"/culture?c={lang}&returnUrl=/");
        foreach (var path in CitizenPages) failures.AddRange(await CheckAsync(path));
        foreach (var (path, submit) in EmptySubmits)
        {
            await Page.GotoAsync(path);
            await Page.Locator(submit).First.ClickAsync();
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            failures.AddRange(Name(path + " (errors)", await Axe.ViolationsAsync(Page)));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task Staff_pages_pass_the_WCAG_A_and_AA_rules(string lang)
    {
        await Page.GotoAsync($"/culture?c={lang}&returnUrl=/staff/login");
        await Page.Locator("#Email, input[name=Email], input[type=email]").First.FillAsync("admin@minwon.local");
        await Page.Locator("input[type=password]").First.FillAsync(DemoSeeder.Password);
        await Page.Locator("main form button[type=submit]").First.ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/staff/login"));

        var failures = new List<string>();
        foreach (var path in StaffPages) failures.AddRange(await CheckAsync(path));
        foreach (var (list, link) in DetailPages)
        {
            await Page.GotoAsync(list);
            var href = await Page.Locator(link).First.GetAttributeAsync("href");
            Assert.False(href is null, $"No link {link} on {list}");
            failures.AddRange(await CheckAsync(href!));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_check_finds_a_field_without_a_label_and_text_without_contrast()
    {
        await Page.SetContentAsync("""
            <!doctype html><html lang="ko"><head><title>t</title></head>
            <body><main><input type="text"><p style="color:#bbb;background:#fff">흐린 글씨</p></main></body></html>
            """);
        var violations = await Axe.ViolationsAsync(Page);
        Assert.Contains(violations, v => v.StartsWith("label ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("color-contrast ", StringComparison.Ordinal));
    }

    async Task<IEnumerable<string>> CheckAsync(string path, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        Assert.DoesNotContain("/staff/denied", Page.Url);
        var violations = (await Axe.ViolationsAsync(Page)).Concat(await PlainTableLinksAsync()).ToList();
        // A picture of every page checked, for a person to look at (TestResults/screenshots/AccessibilityTests.*).
        await ScreenshotAsync($"{await Page.Locator("html").GetAttributeAsync("lang")}{path.Replace('/', '_')}", test: caller);
        return Name(path, violations);
    }

    /// <summary>
    /// KRDS resets every link to the colour of its text, so a link in a table cell (a receipt number, a title) looked
    /// like plain text; axe does not flag a cell that holds only a link. Every such link must be underlined.
    /// </summary>
    async Task<IReadOnlyList<string>> PlainTableLinksAsync() => await Page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('table td a:not([class])')]
            .filter(a => !getComputedStyle(a).textDecorationLine.includes('underline'))
            .map(a => `table-link "${a.textContent.trim()}" is not underlined`)
        """);

    IEnumerable<string> Name(string path, IReadOnlyList<string> violations)
    {
        foreach (var v in violations) Output.WriteLine($"{path}: {v}");
        return violations.Select(v => $"{path}: {v}");
    }
}
