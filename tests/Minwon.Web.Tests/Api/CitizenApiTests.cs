using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Api;

/// <summary>The citizen side of /api/v1/complaints: filing, idempotency, bad input as problem details, status with verification.</summary>
public abstract class CitizenApiTests(MinwonApp app) : IntegrationTest(app)
{
    const string ProblemJson = "application/problem+json";

    async Task<int> RoadCategoryAsync()
    {
        await EnsureStaffAsync(App);
        return await CategoryOfAsync(App, "ROAD");
    }

    Task<int> CountByTitleAsync(string title) => App.ExecuteDbContextAsync(db => db.Complaints.CountAsync(c => c.Title == title));

    static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        return json;
    }

    [Fact]
    public async Task Create_returns_201_with_a_receipt_number_and_a_location()
    {
        var body = NewComplaint(await RoadCategoryAsync());

        var response = await Client.PostAsJsonAsync("/api/v1/complaints", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var receipt = json.GetProperty("receiptNumber").GetString()!;
        Assert.Matches(@"^MW-\d{4}-\d{6}$", receipt);
        Assert.Equal($"MW-{DateTime.UtcNow.AddHours(9):yyMM}-", receipt[..8]);
        Assert.Equal("Received", json.GetProperty("status").GetString());
        Assert.Equal("도로교통과", json.GetProperty("department").GetString());
        Assert.True(json.GetProperty("dueAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.Equal($"/api/v1/complaints/{receipt}", response.Headers.Location?.OriginalString);
        Assert.Equal(1, await CountByTitleAsync((string)body["title"]!));
    }

    [Fact]
    public async Task Same_idempotency_key_returns_the_first_receipt_and_stores_one_complaint()
    {
        var body = NewComplaint(await RoadCategoryAsync());
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> Post(object b)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/complaints") { Content = JsonContent.Create(b) };
            request.Headers.Add("Idempotency-Key", key);
            return await Client.SendAsync(request);
        }

        var first = await Post(body);
        var second = await Post(body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstReceipt = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString();
        var secondReceipt = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString();
        Assert.Equal(firstReceipt, secondReceipt);
        Assert.Equal(1, await CountByTitleAsync((string)body["title"]!));

        // The same key with another body is refused, and stores nothing.
        var changed = new Dictionary<string, object?>(body) { ["body"] = "다른 내용으로 다시 보낸 요청입니다. 저장되면 안 됩니다." };
        var conflict = await Post(changed);
        var problem = await ProblemAsync(conflict, HttpStatusCode.UnprocessableEntity);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(1, await CountByTitleAsync((string)body["title"]!));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_with_a_detail()
    {
        var content = new StringContent("{\"type\": \"Question\", \"title\": ", Encoding.UTF8, "application/json");

        var response = await Client.PostAsync("/api/v1/complaints", content);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Validation_errors_are_per_field_in_Korean_by_default()
    {
        var category = await RoadCategoryAsync();
        var body = NewComplaint(category);
        body["title"] = "  ";
        body["phone"] = "12-34";
        body["consent"] = false;

        var response = await Client.PostAsJsonAsync("/api/v1/complaints", body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("제목을 입력해 주세요.", errors.GetProperty("title")[0].GetString());
        Assert.Contains("전화번호 형식", errors.GetProperty("phone")[0].GetString());
        Assert.Contains("개인정보", errors.GetProperty("consent")[0].GetString());
        Assert.False(errors.TryGetProperty("body", out _));
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Complaints.CountAsync(c => c.Body == (string)body["body"]! && c.Title == "")));
    }

    [Fact]
    public async Task Validation_errors_are_in_English_with_Accept_Language_en()
    {
        var body = NewComplaint(await RoadCategoryAsync());
        body["title"] = "";
        body["body"] = new string('가', 10_001);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/complaints") { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await Client.SendAsync(request);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Enter a title.", errors.GetProperty("title")[0].GetString());
        var bodyError = errors.GetProperty("body")[0].GetString()!;
        Assert.DoesNotMatch(@"\p{IsHangulSyllables}", bodyError);
        Assert.Equal("Please check what you entered.", problem.GetProperty("detail").GetString());
        Assert.DoesNotMatch(@"\p{IsHangulSyllables}", problem.GetProperty("title").GetString()!);
    }

    [Fact]
    public async Task Oversized_body_is_a_413_problem_and_stores_nothing()
    {
        // The in-memory TestServer does not enforce IHttpMaxRequestBodySizeFeature (it would read the whole body and
        // answer 400 on the length rule), so this one runs on real Kestrel, as in production.
        await using var kestrel = await MinwonApp.StartAsync(App.Database, new MinwonAppOptions { UseKestrel = true, SeedStaff = true });
        using var client = new HttpClient { BaseAddress = kestrel.ServerAddress };
        var body = NewComplaint(await CategoryOfAsync(kestrel, "ROAD"));
        var marker = Guid.NewGuid().ToString("N");
        body["title"] = marker;
        // ~75 MB as JSON (\uXXXX escapes): over the filing limit, which leaves room for 5 attachments of 10 MB as base64.
        body["body"] = new string('가', 12_500_000);

        // With its length announced and "Expect: 100-continue", the server refuses before the body is sent; a streamed
        // body could be cut off mid-write (broken pipe) when the server answers early and closes.
        using var oversized = new HttpRequestMessage(HttpMethod.Post, "/api/v1/complaints")
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body)) { Headers = { ContentType = new("application/json") } },
        };
        oversized.Headers.ExpectContinue = true;
        var response = await client.SendAsync(oversized);

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("요청 본문이 너무 큽니다.", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await kestrel.ExecuteDbContextAsync(db => db.Complaints.CountAsync()));

        // Just under the limit is read and judged on its content (the body length rule), not refused as too large.
        body["body"] = new string('가', 100_000); // ~600 KB as JSON (\uXXXX escapes)
        var underLimit = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/complaints", body), HttpStatusCode.BadRequest);
        Assert.True(underLimit.GetProperty("errors").TryGetProperty("body", out _));
        Assert.Equal(0, await kestrel.ExecuteDbContextAsync(db => db.Complaints.CountAsync()));
    }

    [Fact]
    public async Task Status_needs_the_right_verification_and_answers_404_generically_otherwise()
    {
        var body = NewComplaint(await RoadCategoryAsync(), phone: "010-3456-7812");
        var receipt = await FileAsync(Client, body);

        async Task<HttpResponseMessage> Get(string number, string? verification)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/complaints/{number}");
            if (verification is not null) request.Headers.Add("X-Verification", verification);
            return await Client.SendAsync(request);
        }

        var ok = await Get(receipt, "7812");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var status = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(receipt, status.GetProperty("receiptNumber").GetString());
        Assert.Equal("Received", status.GetProperty("status").GetString());
        Assert.Equal(body["title"], status.GetProperty("title").GetString());
        Assert.Equal("Filed", status.GetProperty("timeline")[0].GetProperty("kind").GetString());

        var wrong = await ProblemAsync(await Get(receipt, "0000"), HttpStatusCode.NotFound);
        var missing = await ProblemAsync(await Get(receipt, null), HttpStatusCode.NotFound);
        var unknown = await ProblemAsync(await Get("MW-0001-999999", "7812"), HttpStatusCode.NotFound);
        // One answer for all three, so nothing can be probed.
        Assert.Equal(wrong.GetProperty("detail").GetString(), missing.GetProperty("detail").GetString());
        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
        Assert.Equal("접수번호 또는 확인 정보가 올바르지 않습니다.", wrong.GetProperty("detail").GetString());
    }
}

[Collection(Collections.Sqlite)]
public sealed class CitizenApiSqliteTests(SqliteApp app) : CitizenApiTests(app);

[Collection(Collections.Postgres)]
public sealed class CitizenApiPostgresTests(PostgresApp app) : CitizenApiTests(app);
