using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Infrastructure;

/// <summary>
/// Base of a browser test class: a fresh context and page per test (Korean; <see cref="NewPageAsync"/> for another
/// locale or a phone-sized viewport) and screenshots saved as test artifacts. Use it as
/// <c>[Collection(BrowserCollection.Name)] public sealed class FooTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)</c>.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    readonly List<IBrowserContext> contexts = [];

    protected BrowserFixture Browser => browser;
    protected ITestOutputHelper Output => output;
    protected IPage Page { get; private set; } = null!;

    /// <summary>Screenshots go to $MINWON_SCREENSHOTS, else TestResults/screenshots next to the test assembly.</summary>
    public static string ScreenshotRoot =>
        Environment.GetEnvironmentVariable("MINWON_SCREENSHOTS") is { Length: > 0 } root
            ? Path.GetFullPath(root)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync() => Page = await NewPageAsync();

    /// <summary>Another page in a context of its own (a second person, another language, a phone).</summary>
    protected async Task<IPage> NewPageAsync(string locale = "ko-KR", ViewportSize? viewport = null)
    {
        var context = await browser.NewContextAsync(locale, viewport);
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page PNG as TestResults/screenshots/&lt;Class.Test&gt;/&lt;step&gt;.png and returns its path.</summary>
    protected async Task<string> ScreenshotAsync(string step, IPage? page = null, [CallerMemberName] string test = "")
    {
        var folder = Path.Combine(ScreenshotRoot, Safe($"{GetType().Name}.{test}"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Safe(step) + ".png");
        await (page ?? Page).ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
        return path;
    }

    /// <summary>Runs one step of a scenario and screenshots its result; when it throws, screenshots "&lt;step&gt;-FAILED" first.</summary>
    protected async Task StepAsync(string step, Func<Task> action, IPage? page = null, [CallerMemberName] string test = "")
    {
        try
        {
            await action();
        }
        catch
        {
            await ScreenshotAsync(step + "-FAILED", page, test);
            throw;
        }
        await ScreenshotAsync(step, page, test);
    }

    public async Task DisposeAsync()
    {
        foreach (var context in contexts) await context.DisposeAsync();
    }

    static string Safe(string name) =>
        string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c == ' ' ? '_' : c));
}
