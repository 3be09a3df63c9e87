using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Api;

/// <summary>The staff API with bearer tokens: queue, assign, draft, extend, transfer, answer, close, and the citizen's rating.</summary>
public abstract class StaffApiTests(MinwonApp app) : IntegrationTest(app)
{
    static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        if (expected >= HttpStatusCode.BadRequest) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    static Task<HttpResponseMessage> Act(HttpClient staff, long id, string action, object body) =>
        staff.PostAsJsonAsync($"/api/v1/staff/complaints/{id}/{action}", body);

    async Task<HttpResponseMessage> Rate(string receipt, string verification, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/complaints/{receipt}/rating") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Verification", verification);
        return await Client.SendAsync(request);
    }

    [Fact]
    public async Task Token_needs_the_right_password_and_staff_routes_need_a_token()
    {
        await EnsureStaffAsync(App);

        var wrong = await Client.PostAsJsonAsync("/api/v1/auth/token", new { email = "staff19@minwon.local", password = "not-the-password" });
        await JsonAsync(wrong, HttpStatusCode.Unauthorized);
        var anonymous = await Client.GetAsync("/api/v1/staff/queue");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var officer = await StaffClientAsync(App, Officer);
        var queue = await JsonAsync(await officer.GetAsync("/api/v1/staff/queue"), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Array, queue.GetProperty("items").ValueKind);
    }

    [Fact]
    public async Task A_complaint_goes_through_its_whole_lifecycle()
    {
        await EnsureStaffAsync(App);
        var email = $"lifecycle-{Guid.NewGuid():N}@test.example";
        var receipt = await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD"), email, phone: "010-5555-4321"));
        var id = ComplaintId(receipt);
        using var road = await StaffClientAsync(App, Officer);

        // The department queue lists it, ordered by deadline.
        var queue = await JsonAsync(await road.GetAsync("/api/v1/staff/queue?status=Received"), HttpStatusCode.OK);
        var items = queue.GetProperty("items").EnumerateArray().ToList();
        var dues = items.Select(i => i.GetProperty("dueAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dues.Order().ToList(), dues);
        var cursor = queue.GetProperty("nextCursor").GetString();
        while (!items.Any(i => i.GetProperty("receiptNumber").GetString() == receipt) && cursor is not null)
        {
            var next = await JsonAsync(await road.GetAsync($"/api/v1/staff/queue?status=Received&cursor={Uri.EscapeDataString(cursor)}"), HttpStatusCode.OK);
            items.AddRange(next.GetProperty("items").EnumerateArray());
            cursor = next.GetProperty("nextCursor").GetString();
        }
        Assert.Contains(items, i => i.GetProperty("receiptNumber").GetString() == receipt);

        // Rating before an answer is a conflict.
        await JsonAsync(await Rate(receipt, "4321", new { rating = 5 }), HttpStatusCode.Conflict);

        // Assign to self, save a draft (not visible to the citizen).
        var assigned = await JsonAsync(await Act(road, id, "assign", new { }), HttpStatusCode.OK);
        Assert.Equal("Assigned", assigned.GetProperty("status").GetString());
        var alias = assigned.GetProperty("assigneeAlias").GetString();
        Assert.StartsWith("담당자 ", alias);
        var drafted = await JsonAsync(await Act(road, id, "draft", new { text = "검토 중인 초안입니다." }), HttpStatusCode.OK);
        Assert.Equal("검토 중인 초안입니다.", drafted.GetProperty("answerDraft").GetString());

        // Extend once with a reason; the second time is a conflict; no reason is a 400 on the field.
        var due = drafted.GetProperty("dueAt").GetDateTimeOffset();
        await JsonAsync(await Act(road, id, "extend", new { days = 3 }), HttpStatusCode.BadRequest);
        var extended = await JsonAsync(await Act(road, id, "extend", new { days = 3, reason = "현장 확인이 필요합니다." }), HttpStatusCode.OK);
        Assert.True(extended.GetProperty("extended").GetBoolean());
        var extendedDue = extended.GetProperty("dueAt").GetDateTimeOffset();
        Assert.True(extendedDue > due, $"{extendedDue} should be after {due}");
        await JsonAsync(await Act(road, id, "extend", new { days = 1, reason = "한 번 더" }), HttpStatusCode.Conflict);
        await Mail.WaitForMessageToAsync(email, TimeSpan.FromSeconds(15), m => (m.Subject ?? "").Contains("처리기간 연장") && (m.TextBody ?? "").Contains("현장 확인이 필요합니다."));

        // Transfer with a reason: another department, the clock restarts (the extension is gone), the citizen is told.
        var env = await DepartmentIdAsync(App, "ENV");
        var noReason = await JsonAsync(await Act(road, id, "transfer", new { departmentId = env }), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        var transferred = await JsonAsync(await Act(road, id, "transfer", new { departmentId = env, reason = "악취 관련 소관 부서로 이송합니다." }), HttpStatusCode.OK);
        Assert.Equal(env, transferred.GetProperty("departmentId").GetInt32());
        Assert.Equal("Received", transferred.GetProperty("status").GetString());
        Assert.False(transferred.GetProperty("extended").GetBoolean());
        Assert.Equal(JsonValueKind.Null, transferred.GetProperty("assigneeId").ValueKind);
        var transferredDue = transferred.GetProperty("dueAt").GetDateTimeOffset();
        Assert.True(transferredDue < extendedDue, "the due date is recomputed from the transfer, without the extension");
        Assert.True(transferredDue >= due, "the clock restarts at the transfer, so the new deadline is not earlier than the first");
        var stored = await App.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking().FirstAsync(c => c.Id == id));
        Assert.Equal(env, stored.DepartmentId);
        Assert.True(stored.ClockStartedAt > stored.ReceivedAt);
        var transferMail = await Mail.WaitForMessageToAsync(email, TimeSpan.FromSeconds(15), m => (m.Subject ?? "").Contains("민원 이송"));
        Assert.Contains("환경위생과", transferMail.TextBody ?? "");
        Assert.Contains("악취 관련 소관 부서로 이송합니다.", transferMail.TextBody ?? "");

        // The first department may no longer act on it; the new one answers.
        await JsonAsync(await Act(road, id, "answer", new { text = "도로교통과 답변" }), HttpStatusCode.Forbidden);
        using var envOfficer = await StaffClientAsync(App, await OfficerOfAsync(App, "ENV"));
        var answered = await JsonAsync(await Act(envOfficer, id, "answer", new { text = "현장을 점검하고 조치하였습니다." }), HttpStatusCode.OK);
        Assert.Equal("Answered", answered.GetProperty("status").GetString());
        Assert.Equal("현장을 점검하고 조치하였습니다.", answered.GetProperty("answer").GetString());
        await JsonAsync(await Act(envOfficer, id, "answer", new { text = "두 번째 답변" }), HttpStatusCode.Conflict);

        var closed = await JsonAsync(await Act(envOfficer, id, "close", new { }), HttpStatusCode.OK);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        await JsonAsync(await Act(envOfficer, id, "close", new { }), HttpStatusCode.Conflict);
        var history = closed.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Filed", "Assigned", "DraftSaved", "Extended", "Transferred", "Assigned", "Answered", "Closed"], history);

        // The citizen rates once: 6 is refused, 4 is kept, a second rating is a conflict.
        var six = await JsonAsync(await Rate(receipt, "4321", new { rating = 6 }), HttpStatusCode.BadRequest);
        Assert.True(six.GetProperty("errors").TryGetProperty("rating", out _));
        await JsonAsync(await Rate(receipt, "0000", new { rating = 4 }), HttpStatusCode.NotFound);
        var rated = await JsonAsync(await Rate(receipt, "4321", new { rating = 4, comment = "빠른 처리 감사합니다." }), HttpStatusCode.OK);
        Assert.Equal(4, rated.GetProperty("rating").GetInt32());
        await JsonAsync(await Rate(receipt, "4321", new { rating = 1 }), HttpStatusCode.Conflict);
        var ratedRow = await App.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking().FirstAsync(c => c.Id == id));
        Assert.Equal(4, ratedRow.Rating);
        Assert.Equal("빠른 처리 감사합니다.", ratedRow.RatingComment);

        // The citizen's view shows the answer with the handler's alias.
        using var status = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/complaints/{receipt}");
        status.Headers.Add("X-Verification", "4321");
        var view = await JsonAsync(await Client.SendAsync(status), HttpStatusCode.OK);
        Assert.Equal("Closed", view.GetProperty("status").GetString());
        Assert.Equal("환경위생과", view.GetProperty("department").GetString());
        Assert.StartsWith("담당자 E-", view.GetProperty("answeredBy").GetString());
    }

    [Fact]
    public async Task An_officer_of_another_department_gets_403()
    {
        await EnsureStaffAsync(App);
        var receipt = await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD")));
        var id = ComplaintId(receipt);
        using var other = await StaffClientAsync(App, await OfficerOfAsync(App, "EDU"));

        await JsonAsync(await other.GetAsync($"/api/v1/staff/complaints/{id}"), HttpStatusCode.Forbidden);
        await JsonAsync(await Act(other, id, "assign", new { }), HttpStatusCode.Forbidden);
        await JsonAsync(await Act(other, id, "answer", new { text = "남의 부서 답변" }), HttpStatusCode.Forbidden);
        var queue = await JsonAsync(await other.GetAsync("/api/v1/staff/queue?status=Received"), HttpStatusCode.OK);
        Assert.DoesNotContain(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("receiptNumber").GetString() == receipt);

        // Nothing changed; its own department may act, and a supervisor may act on any department.
        Assert.Equal(Minwon.Core.Complaints.ComplaintStatus.Received,
            await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.Id == id).Select(c => c.Status).FirstAsync()));
        using var road = await StaffClientAsync(App, Officer);
        await JsonAsync(await road.GetAsync($"/api/v1/staff/complaints/{id}"), HttpStatusCode.OK);
        using var supervisor = await StaffClientAsync(App, Supervisor);
        await JsonAsync(await supervisor.GetAsync($"/api/v1/staff/complaints/{id}"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_call_center_agent_cannot_work_the_queue_over_the_API_as_on_the_pages()
    {
        await EnsureStaffAsync(App);
        // A complaint in the agent's own department (민원봉사과): the department is not what refuses it.
        var id = ComplaintId(await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "CIV"))));
        using var agent = await StaffClientAsync(App, "agent@minwon.local");

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/staff/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/v1/staff/complaints/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(agent, id, "answer", new { text = "상담원 답변" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/staff/groups")).StatusCode);
        Assert.Equal(Minwon.Core.Complaints.ComplaintStatus.Received,
            await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.Id == id).Select(c => c.Status).FirstAsync()));
    }

    [Fact]
    public async Task Staff_problems_follow_Accept_Language()
    {
        await EnsureStaffAsync(App);
        var id = ComplaintId(await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD"))));
        using var road = await StaffClientAsync(App, Officer, language: "en");

        var problem = await JsonAsync(await Act(road, id, "close", new { }), HttpStatusCode.BadRequest);

        Assert.Equal("Please check what you entered.", problem.GetProperty("detail").GetString());
        Assert.DoesNotMatch(@"\p{IsHangulSyllables}", problem.GetProperty("errors").GetProperty("reason")[0].GetString()!);
    }
}

[Collection(Collections.Sqlite)]
public sealed class StaffApiSqliteTests(SqliteApp app) : StaffApiTests(app);

[Collection(Collections.Postgres)]
public sealed class StaffApiPostgresTests(PostgresApp app) : StaffApiTests(app);
