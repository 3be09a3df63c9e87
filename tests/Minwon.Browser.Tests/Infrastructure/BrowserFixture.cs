using Microsoft.Playwright;
using Minwon.Web.Tests.Infrastructure;

namespace Minwon.Browser.Tests.Infrastructure;

/// <summary>
/// The app on real Kestrel (SQLite, demo data seeded, mail to an in-process SMTP server) and one headless Debian
/// Chromium, shared by every browser test class in the "browser" collection. Each test gets its own browser context.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package; override with MINWON_CHROMIUM.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("MINWON_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run",
    ];

    IPlaywright? playwright;

    /// <summary>The police liaison's mailbox in the browser app (the test SMTP server receives it).</summary>
    public const string PoliceMailbox = "police-liaison@police.test.example";

    public MinwonApp App { get; } = new(DatabaseKind.Sqlite, new MinwonAppOptions
    {
        SeedDemoData = true, UseKestrel = true,
        Settings = new Dictionary<string, string?> { ["Emergency:PoliceLiaisonEmail"] = PoliceMailbox },
    });
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>http://127.0.0.1:port/ of the running app.</summary>
    public Uri BaseAddress => App.ServerAddress;

    public SmtpTestServer Mail => App.Smtp;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The browser tests drive Debian's Chromium: install it with " +
                "`apt-get install chromium fonts-nanum` (./test.sh does this when run as root), or set MINWON_CHROMIUM.");

        var startApp = App.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        await startApp;
    }

    /// <summary>A fresh context (no cookies, no storage) on the app, Korean unless told otherwise.</summary>
    public async Task<IBrowserContext> NewContextAsync(string locale = "ko-KR", ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            TimezoneId = "Asia/Seoul",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
