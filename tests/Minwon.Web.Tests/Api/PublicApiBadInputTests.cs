using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Api;

/// <summary>
/// Bad input to the public API as a client sends it: every answer is an RFC 7807 problem in the client's language
/// that says what was wrong, never a 500 and never a message about the wrong thing.
/// </summary>
public abstract class PublicApiBadInputTests(MinwonApp app) : IntegrationTest(app)
{
    const string Hangul = @"\p{IsHangulSyllables}";

    static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json, string? language = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        return await Client.SendAsync(request);
    }

    [Fact]
    public async Task A_null_attachment_is_a_400_problem_not_a_server_error()
    {
        await EnsureStaffAsync(App);
        var body = NewComplaint(await CategoryOfAsync(App, "ROAD"));
        var marker = Guid.NewGuid().ToString("N");
        body["title"] = marker;
        body["attachments"] = new object?[] { null };

        var problem = await ProblemAsync(await Client.PostAsJsonAsync("/api/v1/complaints", body), HttpStatusCode.BadRequest);

        Assert.Equal("첨부파일 내용은 base64로 보내 주세요.", problem.GetProperty("errors").GetProperty("attachments")[0].GetString());
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Complaints.CountAsync(c => c.Title == marker)));
    }

    [Fact]
    public async Task Malformed_json_is_answered_in_English_when_the_client_asks_for_English()
    {
        var malformed = await ProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/complaints", "{bad", "en"), HttpStatusCode.BadRequest);
        var unknownRoute = await ProblemAsync(await SendAsync(HttpMethod.Get, "/api/v1/nothing-here", null, "en"), HttpStatusCode.NotFound);
        var wrongMethod = await ProblemAsync(await SendAsync(HttpMethod.Delete, "/api/v1/complaints", null, "en"), HttpStatusCode.MethodNotAllowed);

        foreach (var problem in new[] { malformed, unknownRoute, wrongMethod })
        {
            Assert.DoesNotMatch(Hangul, problem.GetProperty("title").GetString()!);
            Assert.DoesNotMatch(Hangul, problem.GetProperty("detail").GetString()!);
        }
        Assert.Equal("The request is not valid.", malformed.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Malformed_json_has_a_Korean_title_by_default()
    {
        var problem = await ProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/complaints", "{bad", null), HttpStatusCode.BadRequest);

        Assert.Equal("요청이 올바르지 않습니다.", problem.GetProperty("title").GetString());
        Assert.Equal("요청 본문을 읽을 수 없습니다. JSON 형식과 필드 값을 확인해 주세요.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{\"title\":\"도로 파손")]
    [InlineData("{\"title\":\"도로\",\"body\":")]
    [InlineData("{\"title\": 도로}")]
    public async Task Broken_json_inside_a_field_is_unreadable_not_a_wrong_type(string json)
    {
        var problem = await ProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/complaints", json), HttpStatusCode.BadRequest);

        Assert.Equal("요청 본문을 읽을 수 없습니다. JSON 형식과 필드 값을 확인해 주세요.", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("errors", out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/v1/complaints", "{\"type\":\"Question\",\"categoryId\":\"abc\"}", "categoryId")]
    [InlineData("/api/v1/complaints", "{\"type\":\"NoSuchType\"}", "type")]
    [InlineData("/api/v1/complaints", "{\"consent\":\"yes\"}", "consent")]
    [InlineData("/api/v1/complaints/MW-2611-000001/rating", "{\"rating\":\"five\"}", "rating")]
    [InlineData("/api/v1/proactive/vote", "{\"codeId\":\"x\",\"code\":\"123456\"}", "codeId")]
    public async Task A_value_of_the_wrong_type_names_its_field(string path, string json, string field)
    {
        var korean = await ProblemAsync(await SendAsync(HttpMethod.Post, path, json), HttpStatusCode.BadRequest);
        var english = await ProblemAsync(await SendAsync(HttpMethod.Post, path, json, "en"), HttpStatusCode.BadRequest);

        Assert.Contains(field, korean.GetProperty("detail").GetString());
        Assert.Equal("값의 형식이 올바르지 않습니다.", korean.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Contains(field, english.GetProperty("detail").GetString());
        Assert.DoesNotMatch(Hangul, english.GetProperty("detail").GetString()!);
        Assert.Equal("The value has the wrong type.", english.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Casting_a_vote_without_code_fields_names_them_instead_of_calling_the_code_expired()
    {
        var problem = await ProblemAsync(await SendAsync(HttpMethod.Post, "/api/v1/proactive/vote", "{}"), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("codeId", out _), problem.ToString());
        Assert.Equal("인증번호를 입력해 주세요.", errors.GetProperty("code")[0].GetString());
        Assert.DoesNotContain("만료", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Too_many_verification_attempts_is_a_localized_429_problem_with_retry_after()
    {
        await using var limited = await MinwonApp.StartAsync(App.Database, new MinwonAppOptions
        {
            Settings = new Dictionary<string, string?> { ["RateLimits:VerificationAttempts"] = "1" },
        });
        using var client = limited.CreateClient();
        async Task<HttpResponseMessage> Get()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/complaints/MW-2611-000001");
            request.Headers.Add("X-Verification", "0000");
            request.Headers.AcceptLanguage.ParseAdd("en");
            return await client.SendAsync(request);
        }

        await ProblemAsync(await Get(), HttpStatusCode.NotFound);
        var refused = await Get();

        var problem = await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many requests.", problem.GetProperty("title").GetString());
        Assert.Contains("Retry-After", problem.GetProperty("detail").GetString());
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 300);
    }

    [Fact]
    public async Task Asking_for_the_vote_when_none_is_open_says_so()
    {
        // A fresh instance: the shared one may hold a vote period another test opened.
        await using var fresh = await MinwonApp.StartAsync(App.Database, new MinwonAppOptions { SeedStaff = true });
        using var client = fresh.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/proactive/vote");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var problem = await ProblemAsync(await client.SendAsync(request), HttpStatusCode.NotFound);

        Assert.Equal("No vote is open.", problem.GetProperty("detail").GetString());
    }
}

[Collection(Collections.Sqlite)]
public sealed class PublicApiBadInputSqliteTests(SqliteApp app) : PublicApiBadInputTests(app);

[Collection(Collections.Postgres)]
public sealed class PublicApiBadInputPostgresTests(PostgresApp app) : PublicApiBadInputTests(app);
