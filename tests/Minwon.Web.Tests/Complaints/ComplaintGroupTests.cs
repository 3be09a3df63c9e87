using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Web.Complaints;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Complaints;

/// <summary>
/// Art. 24 (다수인관련민원): open complaints of five or more people about a shared interest are found by their similar
/// text, grouped in one department and answered at once, each citizen getting their own notice.
/// </summary>
public abstract partial class ComplaintGroupTests(MinwonApp app) : IntegrationTest(app)
{
    /// <summary>One shared concern in the words of several people (a marker keeps other tests' complaints out).</summary>
    static string SharedBody(string marker) =>
        $"{marker} 행복초등학교 정문 앞 횡단보도에 신호등이 없어 아이들이 등하굣길에 차도를 건너다 위험한 일이 자주 생깁니다. " +
        "학부모들이 여러 번 요청했지만 아직 설치되지 않았습니다. 신호등과 과속방지턱을 설치해 주시기 바랍니다.";

    sealed record Filed(long Id, string Receipt, string Email, string Name);

    /// <summary>Files one complaint per person; <paramref name="people"/> names their phones' last digits, so a repeat is the same person.</summary>
    async Task<List<Filed>> FileManyAsync(string marker, string department, params int[] people)
    {
        var category = await CategoryOfAsync(App, department);
        var filed = new List<Filed>();
        var names = new[] { "김민준", "이서연", "박도윤", "최하은", "정시우", "강지유", "조은우" };
        var run = Random.Shared.Next(2000, 9999);
        for (var i = 0; i < people.Length; i++)
        {
            var person = people[i];
            var email = $"group-{marker}-{person}-{i}@test.example";
            var body = NewComplaint(category, email, phone: $"010-{run}-{1000 + person:D4}");
            body["title"] = "학교 앞 신호등 설치 요청";
            body["body"] = SharedBody(marker) + (i % 2 == 0 ? "" : " 빠른 조치 부탁드립니다.");
            body["name"] = names[person % names.Length];
            var receipt = await ComplaintTestKit.FileAsync(Client, body);
            filed.Add(new Filed(ComplaintId(receipt), receipt, email, names[person % names.Length]));
        }
        return filed;
    }

    static string Marker() => $"g{Guid.NewGuid().ToString("N")[..8]}";

    static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        if (expected >= HttpStatusCode.BadRequest) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A complaint's line in the department queue, paging on with the cursor until it shows.</summary>
    static async Task<JsonElement> QueueRowAsync(HttpClient staff, long id)
    {
        string? cursor = null;
        do
        {
            var page = await JsonAsync(await staff.GetAsync("/api/v1/staff/queue?status=Received" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")), HttpStatusCode.OK);
            foreach (var row in page.GetProperty("items").EnumerateArray())
                if (row.GetProperty("id").GetInt64() == id) return row;
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        throw new InvalidOperationException($"Complaint {id} is not in the queue.");
    }

    Task<List<long?>> GroupIdsAsync(IEnumerable<Filed> filed)
    {
        var ids = filed.Select(f => f.Id).ToList();
        return App.ExecuteDbContextAsync(db => db.Complaints.Where(c => ids.Contains(c.Id)).Select(c => c.GroupId).ToListAsync());
    }

    [Fact]
    public async Task The_API_finds_similar_complaints_groups_five_people_and_answers_them_together()
    {
        await EnsureStaffAsync(App);
        var marker = Marker();
        // Six complaints of five people: person 0 filed twice.
        var filed = await FileManyAsync(marker, "ROAD", 0, 1, 2, 3, 4, 0);
        using var officer = await StaffClientAsync(App, Officer);

        // Similar complaints of other people: the four others, not the same person's second complaint.
        var similar = await JsonAsync(await officer.GetAsync($"/api/v1/staff/complaints/{filed[0].Id}/similar"), HttpStatusCode.OK);
        var found = similar.EnumerateArray().ToDictionary(s => s.GetProperty("id").GetInt64(), s => s.GetProperty("similarity").GetDouble());
        foreach (var other in filed[1..5]) Assert.True(found.GetValueOrDefault(other.Id) >= 0.5, $"{other.Receipt} not suggested");
        Assert.DoesNotContain(filed[5].Id, found.Keys);

        // Four people are not "many": refused, and nothing is grouped.
        var four = await officer.PostAsJsonAsync("/api/v1/staff/groups", new { title = "학교 앞 신호등", complaintIds = new[] { filed[0].Id, filed[1].Id, filed[2].Id, filed[3].Id, filed[5].Id } });
        var problem = await JsonAsync(four, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("complaintIds", out _), problem.ToString());
        Assert.All(await GroupIdsAsync(filed), g => Assert.Null(g));

        var created = await JsonAsync(await officer.PostAsJsonAsync("/api/v1/staff/groups",
            new { title = "행복초 앞 신호등 설치", complaintIds = filed.Select(f => f.Id).ToArray() }), HttpStatusCode.Created);
        var groupId = created.GetProperty("id").GetInt64();
        Assert.Equal(5, created.GetProperty("people").GetInt32());
        Assert.Equal(6, created.GetProperty("complaints").GetArrayLength());
        Assert.All(await GroupIdsAsync(filed), g => Assert.Equal(groupId, g));
        Assert.Equal(groupId, (await QueueRowAsync(officer, filed[2].Id)).GetProperty("groupId").GetInt64());

        // A complaint belongs to one group only.
        var again = await officer.PostAsJsonAsync("/api/v1/staff/groups", new { title = "중복", complaintIds = filed.Select(f => f.Id).ToArray() });
        await JsonAsync(again, HttpStatusCode.Conflict);

        var empty = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/staff/groups/{groupId}/answer", new { text = " " }), HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("text", out _), empty.ToString());

        const string answer = "학교 앞 횡단보도에 신호등을 다음 달까지 설치하고, 과속방지턱도 함께 설치하겠습니다.";
        var answered = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/staff/groups/{groupId}/answer", new { text = answer }), HttpStatusCode.OK);
        Assert.Equal(6, answered.GetProperty("answered").GetInt32());
        var states = await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.GroupId == groupId).Select(c => new { c.Status, c.Answer }).ToListAsync());
        Assert.All(states, s => Assert.Equal((ComplaintStatus.Answered, answer), (s.Status, s.Answer)));
        var kinds = await App.ExecuteDbContextAsync(db => db.ComplaintEvents.Where(e => e.ComplaintId == filed[3].Id).Select(e => e.Kind).ToListAsync());
        Assert.Contains(ComplaintEventKind.Grouped, kinds);
        Assert.Contains(ComplaintEventKind.Answered, kinds);

        // Every citizen is told about their own complaint only.
        foreach (var f in filed)
        {
            var notice = await Mail.WaitForMessageToAsync(f.Email, TimeSpan.FromSeconds(20), m => m.Subject?.Contains("민원 답변") == true);
            Assert.Contains(f.Receipt, notice.Subject);
            Assert.Contains(answer, notice.TextBody);
            foreach (var other in filed.Where(o => o.Receipt != f.Receipt)) Assert.DoesNotContain(other.Receipt, notice.TextBody);
        }

        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/staff/groups/{groupId}/answer", new { text = answer }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Groups_stay_in_one_department_and_with_its_staff()
    {
        await EnsureStaffAsync(App);
        var marker = Marker();
        var road = await FileManyAsync(marker, "ROAD", 0, 1, 2, 3, 4);
        var other = (await FileManyAsync(marker, "ENV", 5))[0];
        using var officer = await StaffClientAsync(App, Officer);

        var mixed = await officer.PostAsJsonAsync("/api/v1/staff/groups", new { title = "섞인 묶음", complaintIds = road.Select(f => f.Id).Append(other.Id).ToArray() });
        var problem = await JsonAsync(mixed, HttpStatusCode.BadRequest);
        var mixedError = problem.GetProperty("errors").GetProperty("complaintIds")[0].GetString();
        Assert.Contains("담당 부서의 민원만", mixedError);
        Assert.Contains(other.Receipt, mixedError);
        Assert.DoesNotContain(road[0].Receipt, mixedError);
        var missing = await officer.PostAsJsonAsync("/api/v1/staff/groups", new { title = "없는 민원", complaintIds = road.Select(f => f.Id).Append(long.MaxValue).ToArray() });
        await JsonAsync(missing, HttpStatusCode.BadRequest);
        var untitled = await officer.PostAsJsonAsync("/api/v1/staff/groups", new { complaintIds = road.Select(f => f.Id).ToArray() });
        Assert.True((await JsonAsync(untitled, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("title", out _));
        Assert.All(await GroupIdsAsync(road), g => Assert.Null(g));

        var created = await JsonAsync(await officer.PostAsJsonAsync("/api/v1/staff/groups",
            new { title = "행복초 앞 신호등", complaintIds = road.Select(f => f.Id).ToArray() }), HttpStatusCode.Created);
        var groupId = created.GetProperty("id").GetInt64();

        // An officer of another department, and an agent, cannot open it; a supervisor can.
        using var envOfficer = await StaffClientAsync(App, await OfficerOfAsync(App, "ENV"));
        await JsonAsync(await envOfficer.GetAsync($"/api/v1/staff/groups/{groupId}"), HttpStatusCode.Forbidden);
        using var agent = await StaffClientAsync(App, "agent@minwon.local");
        await JsonAsync(await agent.GetAsync($"/api/v1/staff/groups/{groupId}"), HttpStatusCode.Forbidden);
        using var supervisor = await StaffClientAsync(App, Supervisor);
        await JsonAsync(await supervisor.GetAsync($"/api/v1/staff/groups/{groupId}"), HttpStatusCode.OK);
        await JsonAsync(await supervisor.GetAsync("/api/v1/staff/groups/999999999"), HttpStatusCode.NotFound);

        // A complaint transferred to another department leaves the group: the group is answered by one department.
        var envId = await DepartmentIdAsync(App, "ENV");
        (await officer.PostAsJsonAsync($"/api/v1/staff/complaints/{road[4].Id}/transfer", new { departmentId = envId, reason = "환경과 소관입니다." })).EnsureSuccessStatusCode();
        var afterTransfer = await JsonAsync(await supervisor.GetAsync($"/api/v1/staff/groups/{groupId}"), HttpStatusCode.OK);
        Assert.Equal(4, afterTransfer.GetProperty("complaints").GetArrayLength());
        Assert.Null((await GroupIdsAsync([road[4]])).Single());

        // A complaint grouped by mistake is taken out (once), and its history says so.
        var removed = await JsonAsync(await officer.DeleteAsync($"/api/v1/staff/groups/{groupId}/members/{road[3].Id}"), HttpStatusCode.OK);
        Assert.Equal(3, removed.GetProperty("complaints").GetArrayLength());
        await JsonAsync(await officer.DeleteAsync($"/api/v1/staff/groups/{groupId}/members/{road[3].Id}"), HttpStatusCode.NotFound);
        var kinds = await App.ExecuteDbContextAsync(db => db.ComplaintEvents.Where(e => e.ComplaintId == road[3].Id).Select(e => e.Kind).ToListAsync());
        Assert.Contains(ComplaintEventKind.Ungrouped, kinds);
        await JsonAsync(await envOfficer.DeleteAsync($"/api/v1/staff/groups/{groupId}/members/{road[2].Id}"), HttpStatusCode.Forbidden);

        // An answered complaint cannot join a group.
        var late = (await FileManyAsync(marker, "ROAD", 6))[0];
        (await officer.PostAsJsonAsync($"/api/v1/staff/complaints/{late.Id}/answer", new { text = "따로 답변드렸습니다." })).EnsureSuccessStatusCode();
        var answeredProblem = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/staff/groups/{groupId}/members", new { complaintIds = new[] { late.Id } }), HttpStatusCode.Conflict);
        Assert.Contains(late.Receipt, answeredProblem.GetProperty("errors").GetProperty("complaintIds")[0].GetString());
        // Another department's complaint is a field error for the officer, not a refusal of the whole page.
        var otherDepartment = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/staff/groups/{groupId}/members", new { complaintIds = new[] { other.Id } }), HttpStatusCode.BadRequest);
        var otherDepartmentError = otherDepartment.GetProperty("errors").GetProperty("complaintIds")[0].GetString();
        Assert.Contains(other.Receipt, otherDepartmentError);
        Assert.Contains("담당 부서의 민원만", otherDepartmentError);

        // A group can be deleted only once no complaint is left in it.
        await JsonAsync(await officer.DeleteAsync($"/api/v1/staff/groups/{groupId}"), HttpStatusCode.Conflict);
        foreach (var f in road[..3]) (await officer.DeleteAsync($"/api/v1/staff/groups/{groupId}/members/{f.Id}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/v1/staff/groups/{groupId}")).StatusCode);
        await JsonAsync(await officer.GetAsync($"/api/v1/staff/groups/{groupId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_officer_groups_from_the_complaint_page_and_answers_on_the_group_page()
    {
        await EnsureStaffAsync(App);
        var marker = Marker();
        var filed = await FileManyAsync(marker, "ROAD", 0, 1, 2, 3, 4);
        using var officer = await StaffCookieClientAsync(App, Officer);
        var page = $"/staff/complaints/{filed[0].Id}";

        var html = await officer.GetStringAsync(page);
        Assert.Contains("id=\"similar-complaints\"", html);
        foreach (var f in filed[1..]) Assert.Contains($"id=\"group-member-{f.Id}\"", html);

        // Without a title: the form says so, and nothing is grouped.
        var checkedIds = filed[1..].Select(f => new KeyValuePair<string, string>("GroupMemberIds", f.Id.ToString()));
        // Without a title: the form says so, keeps the field empty and keeps the boxes as posted (one left out).
        var untitled = await PostFormAsync(officer, page, checkedIds.Skip(1).Append(new("GroupTitle", "")), $"{page}?handler=Group");
        Assert.Equal(HttpStatusCode.BadRequest, untitled.StatusCode);
        var untitledHtml = WebUtility.HtmlDecode(await untitled.Content.ReadAsStringAsync());
        Assert.Contains("묶음의 제목을 입력해 주세요.", untitledHtml);
        Assert.DoesNotMatch("id=\"GroupTitle\"[^>]*value=\"[^\"]", untitledHtml);
        Assert.DoesNotMatch($"id=\"group-member-{filed[1].Id}\"[^>]*checked", untitledHtml);
        Assert.Matches($"id=\"group-member-{filed[2].Id}\"[^>]*checked", untitledHtml);
        // A receipt number whose serial exists but whose month is wrong is another citizen's typo, not theirs.
        var wrongMonth = $"MW-1901-{filed[1].Id:D6}";
        var typo = await PostFormAsync(officer, page, [new("GroupTitle", "신호등"), new("GroupReceipts", wrongMonth)], $"{page}?handler=Group");
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        Assert.Contains("찾을 수 없는 접수번호입니다: " + wrongMonth, WebUtility.HtmlDecode(await typo.Content.ReadAsStringAsync()));
        var badReceipt = await PostFormAsync(officer, page, checkedIds.Append(new("GroupTitle", "신호등")).Append(new("GroupReceipts", "MW-12")), $"{page}?handler=Group");
        Assert.Equal(HttpStatusCode.BadRequest, badReceipt.StatusCode);
        Assert.Contains("접수번호를 확인해 주세요. MW-2612-000123 형식으로, 쉼표로 구분해 입력합니다: MW-12", WebUtility.HtmlDecode(await badReceipt.Content.ReadAsStringAsync()));
        Assert.All(await GroupIdsAsync(filed), g => Assert.Null(g));

        var grouped = await PostFormAsync(officer, page, checkedIds.Append(new("GroupTitle", $"행복초 신호등 {marker}")), $"{page}?handler=Group");
        Assert.Equal(HttpStatusCode.OK, grouped.StatusCode);
        var groupId = (await GroupIdsAsync(filed)).Distinct().Single()!.Value;
        Assert.Contains($"href=\"/staff/groups/{groupId}\"", await grouped.Content.ReadAsStringAsync());

        var list = WebUtility.HtmlDecode(await officer.GetStringAsync("/staff/groups"));
        Assert.Contains($"행복초 신호등 {marker}", list);

        // The group page names citizens masked, never whole.
        var groupPage = $"/staff/groups/{groupId}";
        var group = WebUtility.HtmlDecode(await officer.GetStringAsync(groupPage));
        Assert.Equal(5, MemberRow().Matches(group).Count);
        Assert.Contains("김*준", group);
        Assert.DoesNotContain("김민준", group);

        var empty = await PostFormAsync(officer, groupPage, [new("Answer", "")], $"{groupPage}?handler=Answer");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("답변 내용을 입력해 주세요.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));

        var removed = await PostFormAsync(officer, groupPage, [], $"{groupPage}?handler=Remove&complaintId={filed[4].Id}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var afterRemoval = WebUtility.HtmlDecode(await removed.Content.ReadAsStringAsync());
        Assert.Equal(4, MemberRow().Matches(afterRemoval).Count);
        Assert.Contains($"{filed[4].Receipt} 민원을 묶음에서 뺐습니다.", afterRemoval);
        Assert.Null((await GroupIdsAsync([filed[4]])).Single());

        var answered = await PostFormAsync(officer, groupPage, [new("Answer", "다음 달까지 신호등을 설치하겠습니다.")], $"{groupPage}?handler=Answer");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("id=\"group-all-answered\"", await answered.Content.ReadAsStringAsync());
        var states = await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.GroupId == groupId).Select(c => c.Status).ToListAsync());
        Assert.Equal(4, states.Count);
        Assert.All(states, s => Assert.Equal(ComplaintStatus.Answered, s));
        Assert.Equal(ComplaintStatus.Received, await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.Id == filed[4].Id).Select(c => c.Status).SingleAsync()));

        var english = await officer.GetStringAsync($"{groupPage}?culture=en");
        Assert.Contains("Every complaint in the group has been answered.", english);
    }

    [Fact]
    public async Task The_citizen_sees_their_complaint_was_handled_together_and_nothing_of_the_others()
    {
        await EnsureStaffAsync(App);
        var marker = Marker();
        var filed = await FileManyAsync(marker, "ROAD", 0, 1, 2, 3, 4);
        using var officer = await StaffClientAsync(App, Officer);
        var internalTitle = $"내부 제목 {Guid.NewGuid():N}";
        (await officer.PostAsJsonAsync("/api/v1/staff/groups", new { title = internalTitle, complaintIds = filed.Select(f => f.Id).ToArray() }))
            .EnsureSuccessStatusCode();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/complaints/{filed[2].Receipt}");
        request.Headers.Add("X-Verification", "1002");
        var view = await Client.SendAsync(request);
        var text = await view.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Contains("\"Grouped\"", text);
        Assert.DoesNotContain(internalTitle, text);
        foreach (var other in filed.Where(f => f != filed[2])) Assert.DoesNotContain(other.Receipt, text);
    }

    [GeneratedRegex("data-member=\"")]
    private static partial Regex MemberRow();
}

[Collection(Collections.Sqlite)]
public sealed class ComplaintGroupSqliteTests(SqliteApp app) : ComplaintGroupTests(app);

[Collection(Collections.Postgres)]
public sealed class ComplaintGroupPostgresTests(PostgresApp app) : ComplaintGroupTests(app);
