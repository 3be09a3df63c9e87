using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;
using static Minwon.Web.Tests.Proactive.ProactiveTestKit;

namespace Minwon.Web.Tests.Security;

/// <summary>
/// The per-address limit is dodged by changing address, so each receipt has its own budget of failed verifications
/// (10 an hour): then it refuses every check, the right one included, on every page and endpoint that checks it.
/// </summary>
public abstract class ReceiptLockoutTests(MinwonApp app) : IntegrationTest(app)
{
    const string Locked = "확인 정보가 여러 번 틀려";

    static HttpRequestMessage Status(string receipt, string verification, string path = "/api/v1/complaints/") =>
        new(HttpMethod.Get, path + receipt) { Headers = { { "X-Verification", verification } } };

    async Task<HttpStatusCode> GuessAsync(string receipt, int guess) =>
        (await App.CreateClient().SendAsync(Status(receipt, $"{1000 + guess}"))).StatusCode;

    async Task<string> FileAsync(string? password = null)
    {
        await EnsureStaffAsync(App);
        var body = NewComplaint(await CategoryOfAsync(App, "ROAD"), phone: Phone);
        if (password is not null) body["password"] = password;
        return await ComplaintTestKit.FileAsync(Client, body);
    }

    [Fact]
    public async Task Ten_wrong_answers_lock_the_receipt_even_for_the_right_answer_everywhere()
    {
        var receipt = await FileAsync();
        var other = await FileAsync();

        for (var guess = 0; guess < 10; guess++) Assert.Equal(HttpStatusCode.NotFound, await GuessAsync(receipt, guess));

        var api = await Client.SendAsync(Status(receipt, "6789"));
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var seconds = int.Parse(api.Headers.GetValues("Retry-After").Single());
        Assert.InRange(seconds, 3500, 3600);
        using (var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync()))
            Assert.Contains("60분 동안 확인할 수 없습니다", json.RootElement.GetProperty("detail").GetString());

        var english = App.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var englishApi = await english.SendAsync(Status(receipt, "6789"));
        Assert.Equal(HttpStatusCode.TooManyRequests, englishApi.StatusCode);
        Assert.Contains("cannot be checked for 60 minutes", await englishApi.Content.ReadAsStringAsync());

        using var rating = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/complaints/{receipt}/rating")
            { Headers = { { "X-Verification", "6789" } }, Content = JsonContent.Create(new { rating = 5 }) };
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Client.SendAsync(rating)).StatusCode);

        var page = await PostFormAsync(Client, "/track", [new("Receipt", receipt), new("Verification", "6789")]);
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains(Locked, html);
        Assert.DoesNotContain("id=\"receipt-number\"", html);

        // Typed with another month, the same record is still locked.
        var otherMonth = $"MW-0001-{receipt[^6..]}";
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Client.SendAsync(Status(otherMonth, "6789"))).StatusCode);

        // Other receipts are not affected.
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(Status(other, "6789"))).StatusCode);
    }

    [Fact]
    public async Task Right_answers_do_not_use_up_the_budget()
    {
        var receipt = await FileAsync();
        for (var guess = 0; guess < 9; guess++) Assert.Equal(HttpStatusCode.NotFound, await GuessAsync(receipt, guess));
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(Status(receipt, "6789"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await GuessAsync(receipt, 9));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Client.SendAsync(Status(receipt, "6789"))).StatusCode);
    }

    [Fact]
    public async Task Guesses_sent_all_at_once_get_no_more_than_ten_answers()
    {
        var receipt = await FileAsync();
        var statuses = await Task.WhenAll(Enumerable.Range(0, 30).Select(guess => GuessAsync(receipt, guess)));
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Failures_through_the_recommendation_form_count_on_the_complaint()
    {
        var receipt = await AnsweredComplaintAsync(App);
        for (var guess = 0; guess < 10; guess++)
        {
            // an otherwise empty request: the complaint check is the whole answer
            var response = await App.CreateClient().PostAsJsonAsync("/api/v1/proactive/recommendations",
                new { complaintReceipt = receipt, complaintVerification = $"{1000 + guess}" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("접수번호 또는 확인 정보가 올바르지 않습니다.", json.RootElement.GetProperty("detail").GetString());
            Assert.False(json.RootElement.TryGetProperty("errors", out _));
        }

        var right = await Client.PostAsJsonAsync("/api/v1/proactive/recommendations", new { complaintReceipt = receipt, complaintVerification = "6789" });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Client.SendAsync(Status(receipt, "6789"))).StatusCode);

        var page = await PostFormAsync(Client, "/proactive/recommend", [new("receipt", receipt), new("verification", "6789")], "/proactive/recommend?handler=FromComplaint");
        Assert.Contains(Locked, System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_recommendations_own_receipt_is_locked_too()
    {
        await EnsureStaffAsync(App);
        var created = await Client.PostAsJsonAsync("/api/v1/proactive/recommendations", new
        {
            kind = "Case", departmentId = await DepartmentIdAsync(App, "ROAD"), title = "민원 절차 개선", description = "온라인 신청을 열었습니다.",
            change = "온라인 신청", name = "김영희", phone = Phone, consent = true,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
        const string path = "/api/v1/proactive/recommendations/";

        for (var guess = 0; guess < 10; guess++)
            Assert.Equal(HttpStatusCode.NotFound, (await Client.SendAsync(Status(number, $"{1000 + guess}", path))).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Client.SendAsync(Status(number, "6789", path))).StatusCode);
        var page = await PostFormAsync(Client, "/proactive/status", [new("Receipt", number), new("Verification", "6789")]);
        Assert.Contains(Locked, System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task With_a_password_set_only_the_password_verifies()
    {
        var receipt = await FileAsync(password: "spring-walk-2026");

        Assert.Equal(HttpStatusCode.NotFound, (await Client.SendAsync(Status(receipt, "6789"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(Status(receipt, "spring-walk-2026"))).StatusCode);
    }
}

[Collection(Collections.Sqlite)] public sealed class ReceiptLockoutSqliteTests(SqliteApp app) : ReceiptLockoutTests(app);
[Collection(Collections.Postgres)] public sealed class ReceiptLockoutPostgresTests(PostgresApp app) : ReceiptLockoutTests(app);

/// <summary>The lock is kept in the database, so every instance sees it, and it ends with its hour.</summary>
public abstract class ReceiptLockoutWindowTests(DatabaseKind database)
{
    [Fact]
    public async Task Two_instances_share_the_lock_and_it_opens_again_after_the_hour()
    {
        var clock = new MovableClock(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(3), TimeSpan.Zero));
        await using var first = await MinwonApp.StartAsync(database, new() { ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) });
        var shared = new Dictionary<string, string?> { [$"ConnectionStrings:{database}"] = first.ConnectionString };
        await using var second = await MinwonApp.StartAsync(database, new() { Settings = shared, ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) });
        await EnsureStaffAsync(first);
        var receipt = await ComplaintTestKit.FileAsync(first.CreateClient(), NewComplaint(await CategoryOfAsync(first, "ROAD"), phone: Phone));

        async Task<HttpStatusCode> Try(MinwonApp app, string verification)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/complaints/{receipt}") { Headers = { { "X-Verification", verification } } };
            return (await app.CreateClient().SendAsync(request)).StatusCode;
        }

        for (var guess = 0; guess < 10; guess++) Assert.Equal(HttpStatusCode.NotFound, await Try(guess % 2 == 0 ? first : second, $"{1000 + guess}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Try(first, "6789"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Try(second, "6789"));

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Try(second, "6789"));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, await Try(second, "6789"));
        // a new window: wrong answers are counted from one again
        Assert.Equal(HttpStatusCode.NotFound, await Try(first, "0000"));
        Assert.Equal(HttpStatusCode.OK, await Try(first, "6789"));
    }
}

public sealed class ReceiptLockoutWindowSqliteTests() : ReceiptLockoutWindowTests(DatabaseKind.Sqlite);
public sealed class ReceiptLockoutWindowPostgresTests() : ReceiptLockoutWindowTests(DatabaseKind.Postgres);
