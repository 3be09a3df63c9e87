using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Web.CallCenter;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// The call center in a browser, once per language: a call arrives from the PBX webhook, the agent console shows the
/// caller's earlier complaint, an abusive note is masked, two warnings are read and recorded, the call is ended under
/// the policy with its recording reference, and the wallboard counts it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CallCenterJourneyTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    const string Agent = "agent@minwon.local";

    sealed record Texts(string Code, string SignIn, string Email, string Password, string Note, string SaveNote, string WarnKo, string WarnEn,
        string EndPolicy, string EndedUnderPolicy, string Masked);

    static readonly Texts Korean = new("ko", "로그인", "이메일", "비밀번호", "메모", "메모 저장", "경고 기록 (한국어 안내)", "경고 기록 (영어 안내)",
        "규정에 따라 통화 종료", "폭언으로 규정에 따라 종료", "보호를 위해 일부 표현을 가렸습니다.");

    static readonly Texts English = new("en", "Sign in", "Email", "Password", "Note", "Save note", "Record warning (Korean script)", "Record warning (English script)",
        "End the call under the policy", "Ended under the policy for abuse", "Some words are masked to protect you.");

    [Fact]
    public Task Korean_call_arrives_is_warned_twice_and_ends_under_the_policy() => JourneyAsync(Korean);

    [Fact]
    public Task English_call_arrives_is_warned_twice_and_ends_under_the_policy() => JourneyAsync(English);

    async Task JourneyAsync(Texts t, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var phone = $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";
        var recording = $"https://recorder.example/calls/{Guid.NewGuid():N}";
        using var http = new HttpClient { BaseAddress = Browser.BaseAddress };
        var receipt = await FileEarlierComplaintAsync(http, phone);

        // 1. The PBX reports the call (signed webhook).
        var callId = await SendCallStartedAsync(http, phone, recording);
        Output.WriteLine($"Call {callId} from {phone}, earlier complaint {receipt}");

        // 2. The agent signs in and opens the call: the earlier complaint is there at once.
        await StepAsync("01-console", async () =>
        {
            await Page.GotoAsync("/staff/login");
            await Minwon.Browser.Tests.Pages.ComplaintFormPage.SwitchLanguageAsync(Page, Lang.Of(t.Code));
            await Page.GetByLabel(t.Email, new() { Exact = true }).FillAsync(Agent);
            await Page.GetByLabel(t.Password, new() { Exact = true }).FillAsync(DemoSeeder.Password);
            await Page.GetByRole(AriaRole.Button, new() { Name = t.SignIn, Exact = true }).ClickAsync();
            await Page.WaitForURLAsync("**/staff/callcenter**");
            await Page.GetByRole(AriaRole.Link, new() { Name = phone, Exact = true }).First.ClickAsync();
            await Assertions.Expect(Page.Locator("#caller-complaints")).ToContainTextAsync(receipt);
            await Assertions.Expect(Page.Locator("#recording-ref")).ToHaveTextAsync(recording);
            await Assertions.Expect(Page.Locator("#call-timer")).ToHaveAttributeAsync("data-running", "true");
            // The ticking timer counts from the server's start time (UTC), minutes and seconds.
            await Assertions.Expect(Page.Locator("#call-timer")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^0\d:\d\d$"));
        }, test: test);

        // 3. A note with abuse is masked when saved.
        await StepAsync("02-masked-note", async () =>
        {
            await Page.GetByLabel(t.Note, new() { Exact = true }).FillAsync("민원인이 \"이 병신 같은 공무원 새끼들\"이라고 욕함");
            await Page.GetByRole(AriaRole.Button, new() { Name = t.SaveNote, Exact = true }).ClickAsync();
            await Assertions.Expect(Page.Locator("#call-notes")).ToContainTextAsync(t.Masked);
            Assert.DoesNotContain("병신", await Page.Locator("#call-notes").InnerTextAsync());
        }, test: test);

        // 4. Two warnings, read from the script and recorded.
        await StepAsync("03-two-warnings", async () =>
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = t.WarnKo, Exact = true }).ClickAsync();
            await Assertions.Expect(Page.Locator("#warning-log li")).ToHaveCountAsync(1);
            await Page.GetByRole(AriaRole.Button, new() { Name = t.WarnEn, Exact = true }).ClickAsync();
            await Assertions.Expect(Page.Locator("#warning-log li")).ToHaveCountAsync(2);
            await Assertions.Expect(Page.Locator("#end-script")).ToBeVisibleAsync();
        }, test: test);

        // 5. The call ends under the policy; the record keeps the recording reference for the incident.
        await StepAsync("04-ended-under-policy", async () =>
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = t.EndPolicy, Exact = true }).ClickAsync();
            await Assertions.Expect(Page.Locator("#call-status")).ToHaveTextAsync(t.EndedUnderPolicy);
            await Assertions.Expect(Page.Locator("#call-status")).ToHaveAttributeAsync("data-end-reason", "AbusePolicy");
            await Assertions.Expect(Page.Locator("#recording-ref")).ToHaveTextAsync(recording);
            await Assertions.Expect(Page.Locator("#call-warnings")).ToContainTextAsync("2");
        }, test: test);

        // 6. The wallboard counts it, live.
        await StepAsync("05-wallboard", async () =>
        {
            await Page.GotoAsync("/staff/callcenter/wallboard");
            await Assertions.Expect(Page.Locator("#wallboard-live")).ToHaveAttributeAsync("data-state", "live");
            var ended = int.Parse(await Page.Locator("[data-stat=endedUnderPolicyToday]").InnerTextAsync(), CultureInfo.InvariantCulture);
            var warnings = int.Parse(await Page.Locator("[data-stat=warningsToday]").InnerTextAsync(), CultureInfo.InvariantCulture);
            Assert.True(ended >= 1 && warnings >= 2, $"ended {ended}, warnings {warnings}");
            // A new call shows on the open wallboard without reloading.
            var before = int.Parse(await Page.Locator("[data-stat=callsToday]").InnerTextAsync(), CultureInfo.InvariantCulture);
            await SendCallStartedAsync(http, phone, recording + "-2");
            await Assertions.Expect(Page.Locator("[data-stat=callsToday]")).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture),
                new() { Timeout = 15_000 });
        }, test: test);
    }

    async Task<string> FileEarlierComplaintAsync(HttpClient http, string phone)
    {
        var category = await Browser.App.ExecuteDbContextAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Categories.Where(c => c.Department!.Code == "ROAD").OrderBy(c => c.Id).Select(c => c.Id)));
        var response = await http.PostAsJsonAsync("/api/v1/complaints", new
        {
            type = "Question", categoryId = category, title = "가로등 고장", body = "마을 입구 가로등이 꺼져 있습니다.", name = "홍길동", phone, consent = true,
        });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("receiptNumber").GetString()!;
    }

    async Task<long> SendCallStartedAsync(HttpClient http, string phone, string recording)
    {
        var secret = Browser.App.Services.GetRequiredService<IOptions<TelephonyOptions>>().Value.WebhookSecret!;
        var body = JsonSerializer.Serialize(new
        {
            eventId = Guid.NewGuid().ToString("N"), type = "call-started", callId = Guid.NewGuid().ToString("N"),
            callerNumber = phone, occurredAt = DateTimeOffset.UtcNow, recordingRef = recording,
        });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/telephony/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(TelephonyWebhook.TimestampHeader, timestamp);
        request.Headers.Add(TelephonyWebhook.SignatureHeader, TelephonyWebhook.Sign(secret, timestamp, body));
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("callRecordId").GetInt64();
    }
}
