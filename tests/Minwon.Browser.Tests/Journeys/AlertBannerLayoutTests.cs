using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Web.Alerts;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// The alert banner on a phone (375 px) and a desktop (1280 px), once per language: a drill alert waiting for
/// acknowledgement and an acknowledged emergency alert. Every action sits in the banner's action row, inside the
/// banner, none overlapping another, none with clipped text; on a desktop the buttons share one row.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AlertBannerLayoutTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    const string Safety = "safety@minwon.local";

    [Fact] public Task Korean_alert_banner_lays_out_on_a_phone_and_a_desktop() => LayoutAsync(Lang.Korean);

    [Fact] public Task English_alert_banner_lays_out_on_a_phone_and_a_desktop() => LayoutAsync(Lang.English);

    sealed class Box
    {
        public string Text { get; set; } = "";
        public double X { get; set; }
        public double Y { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
        public bool Clipped { get; set; }
    }

    async Task LayoutAsync(Lang lang, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var tag = $"layout-{lang.Code}-{Guid.NewGuid():N}"[..20];
        var (drillId, emergencyId) = await RaiseAsync(tag);
        try
        {
            var page = await NewPageAsync(lang.Code == "en" ? "en-US" : "ko-KR");
            await new StaffPages(page, lang).LoginAsync(Safety, DemoSeeder.Password, "/staff/alerts");

            foreach (var width in new[] { 375, 1280 })
            {
                await page.SetViewportSizeAsync(width, width == 375 ? 812 : 900);
                await page.GotoAsync("/staff/alerts");
                await StepAsync($"banner-{width}", async () =>
                {
                    // Waiting for acknowledgement: open, acknowledge, all alerts.
                    var waiting = await ActionsAsync(page, drillId);
                    Assert.Equal(3, waiting.Count);
                    // Acknowledged: open, the note of who acknowledged it, all alerts.
                    var acknowledged = await ActionsAsync(page, emergencyId);
                    Assert.Equal(3, acknowledged.Count);
                    if (width == 1280)
                    {
                        Assert.True(OneRow(waiting), "the buttons of a waiting alert are not on one row");
                        Assert.True(OneRow(acknowledged), "the actions of an acknowledged alert are not on one row");
                    }
                    Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, "the page scrolls sideways");
                }, page, test);
            }
        }
        finally
        {
            await Browser.App.ExecuteDbContextAsync(db => db.Set<StaffAlert>().Where(a => a.Id == drillId || a.Id == emergencyId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ResolvedAt, DateTime.UtcNow)));
        }
    }

    static bool OneRow(List<Box> boxes) =>
        boxes.Max(b => b.Y + b.Height / 2) - boxes.Min(b => b.Y + b.Height / 2) < 2;

    /// <summary>The children of the banner's action row, checked to lie inside the banner, apart and unclipped.</summary>
    static async Task<List<Box>> ActionsAsync(IPage page, long alertId)
    {
        var banner = page.Locator($".mw-alert-banner[data-alert-id='{alertId}']");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        var outer = (await banner.BoundingBoxAsync())!;
        var boxes = await banner.Locator(".mw-alert-actions > *").EvaluateAllAsync<Box[]>("""
            els => els.map(e => {
                const r = e.getBoundingClientRect();
                const inner = e.matches('form') ? e.querySelector('button') : e;
                return { Text: e.textContent.trim(), X: r.left, Y: r.top, Width: r.width, Height: r.height,
                         Clipped: inner.scrollWidth > inner.clientWidth + 1 || inner.scrollHeight > inner.clientHeight + 1 };
            })
            """);
        foreach (var b in boxes)
        {
            Assert.False(b.Clipped, $"'{b.Text}' is clipped");
            Assert.True(b.X >= outer.X && b.X + b.Width <= outer.X + outer.Width + 0.5, $"'{b.Text}' sticks out of the banner");
            Assert.True(b.Y >= outer.Y && b.Y + b.Height <= outer.Y + outer.Height + 0.5, $"'{b.Text}' sticks out of the banner");
        }
        foreach (var a in boxes)
            foreach (var b in boxes.Where(b => !ReferenceEquals(a, b)))
                Assert.False(a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height,
                    $"'{a.Text}' overlaps '{b.Text}'");
        return [.. boxes];
    }

    /// <summary>A drill alert (unacknowledged) and an acknowledged emergency alert, with long texts that must wrap.</summary>
    async Task<(long Drill, long Emergency)> RaiseAsync(string tag) =>
        await Browser.App.ExecuteScopeAsync(async sp =>
        {
            var alerts = sp.GetRequiredService<StaffAlerts>();
            var drill = await alerts.RaiseAsync(StaffAlertKind.Emergency, $"창구 위협 방문객 대응 훈련 {tag}",
                "실제 상황이 아닌 모의훈련입니다. 2번 창구에서 방문객이 소리를 지르며 우산으로 직원을 위협합니다.", "/staff/alerts", isDrill: true, default);
            var emergency = await alerts.RaiseAsync(StaffAlertKind.Emergency, $"비상벨 {tag}",
                "민원실 2번 창구에서 비상벨이 울렸습니다. 즉시 현장을 확인해 주세요.", "/staff/alerts", isDrill: false, default);
            emergency.AcknowledgedAt = DateTime.UtcNow;
            emergency.AcknowledgedByAlias = "담당자 S-0001";
            await sp.GetRequiredService<Minwon.Web.Data.AppDbContext>().SaveChangesAsync();
            alerts.AfterSave();
            return (drill.Id, emergency.Id);
        });
}
