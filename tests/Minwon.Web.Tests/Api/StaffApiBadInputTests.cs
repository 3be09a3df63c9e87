using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Api;

/// <summary>
/// Bad input to the staff API: an action posted without a body (or with a JSON null) is a 400 problem in the caller's
/// language, never a 500, and changes nothing; a query value of the wrong type names its parameter.
/// </summary>
public abstract class StaffApiBadInputTests(MinwonApp app) : IntegrationTest(app)
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("null", null)]
    [InlineData(null, "en")]
    public async Task An_action_without_a_body_is_a_400_problem_and_stores_nothing(string? json, string? language)
    {
        await EnsureStaffAsync(App);
        var id = ComplaintId(await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD"))));
        using var officer = await StaffClientAsync(App, Officer, language);
        async Task<int> EventsAsync() => await App.ExecuteDbContextAsync(db => db.ComplaintEvents.CountAsync(e => e.ComplaintId == id));
        var before = await EventsAsync();

        foreach (var action in new[] { "assign", "draft", "answer", "transfer", "extend", "close" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/staff/complaints/{id}/{action}");
            if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            var response = await officer.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{action}: {(int)response.StatusCode} {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var detail = JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString();
            Assert.Equal(language == "en" ? "The request body could not be read. Check the JSON format and the field values."
                : "요청 본문을 읽을 수 없습니다. JSON 형식과 필드 값을 확인해 주세요.", detail);
        }
        Assert.Equal(before, await EventsAsync());
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("answer")]
    public async Task A_too_long_answer_names_the_text_field_it_came_in_and_stores_nothing(string action)
    {
        await EnsureStaffAsync(App);
        var id = ComplaintId(await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD"))));
        using var officer = await StaffClientAsync(App, Officer);

        var response = await officer.PostAsJsonAsync($"/api/v1/staff/complaints/{id}/{action}", new { text = new string('가', 10_001) });
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("text", out _), text);
        Assert.False(errors.TryGetProperty("answer", out _), text);
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Complaints.CountAsync(c => c.Id == id && (c.AnswerDraft != null || c.Answer != null))));
    }

    [Theory]
    [InlineData(null, "요청 주소의 type 값을 읽을 수 없습니다. 값의 형식을 확인해 주세요.")]
    [InlineData("en", "The value of type in the request address cannot be read. Check the type of the value.")]
    public async Task A_bad_queue_filter_names_the_query_parameter_not_the_body(string? language, string expected)
    {
        await EnsureStaffAsync(App);
        using var officer = await StaffClientAsync(App, Officer, language);

        var response = await officer.GetAsync("/api/v1/staff/queue?type=NoSuchType");
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(expected, problem.GetProperty("detail").GetString());
        Assert.Equal(1, problem.GetProperty("errors").GetProperty("type").GetArrayLength());
    }
}

[Collection(Collections.Sqlite)]
public sealed class StaffApiBadInputSqliteTests(SqliteApp app) : StaffApiBadInputTests(app);

[Collection(Collections.Postgres)]
public sealed class StaffApiBadInputPostgresTests(PostgresApp app) : StaffApiBadInputTests(app);
