using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Web.Protection;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Protection;

/// <summary>Art. 23: a complaint repeating ones answered twice may be closed on a supervisor's approval, with the statutory notice.</summary>
public abstract class RepeatedComplaintTests(MinwonApp app) : IntegrationTest(app)
{
    const string Body = "행복로 23번길 우리 집 앞 도로가 울퉁불퉁해서 비가 오면 물웅덩이가 생깁니다. 전면 재포장을 해 주십시오. 부분 보수로는 안 됩니다.";

    async Task<long> FileAsync(string phone, string email, string suffix)
    {
        var complaint = NewComplaint(await CategoryOfAsync(App, "ROAD"), email, phone);
        complaint["title"] = "우리 집 앞 도로 포장 다시 해 주세요";
        complaint["body"] = Body + suffix;
        return ComplaintId(await ComplaintTestKit.FileAsync(Client, complaint));
    }

    [Fact]
    public async Task The_third_filing_after_two_answers_is_closed_on_approval_and_the_citizen_is_told()
    {
        await EnsureStaffAsync(App);
        var phone = $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";
        var email = $"repeat-{Guid.NewGuid():N}@test.example";
        using var officerApi = await StaffClientAsync(App, Officer);
        foreach (var suffix in new[] { "", " 다시 요청합니다." })
        {
            var earlier = await FileAsync(phone, email, suffix);
            (await officerApi.PostAsJsonAsync($"/api/v1/staff/complaints/{earlier}/answer", new { text = "부분 보수를 마쳤고 전면 재포장은 예산 심의 결과에 따릅니다." })).EnsureSuccessStatusCode();
        }
        var third = await FileAsync(phone, email, " 다시 한번 요청합니다.");
        Assert.Equal(2, await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.Id == third).Select(c => c.AnsweredRepeats).SingleAsync()));

        // The officer sees the earlier ones side by side and proposes closure.
        using var officer = await StaffCookieClientAsync(App, Officer);
        var page = await officer.GetStringAsync($"/staff/complaints/{third}");
        Assert.Contains("id=\"repeated-complaint\"", page);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(page, "data-repeat-of=").Count);
        var empty = await PostFormAsync(officer, $"/staff/complaints/{third}", [new("ClosureReason", " ")], $"/staff/complaints/{third}?handler=ProposeClosure");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("종결 제안 사유를 입력해 주세요.", await empty.Content.ReadAsStringAsync());
        var proposed = await PostFormAsync(officer, $"/staff/complaints/{third}", [new("ClosureReason", "같은 내용으로 두 번 답변했습니다.")], $"/staff/complaints/{third}?handler=ProposeClosure");
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        Assert.Contains("id=\"closure-pending\"", await proposed.Content.ReadAsStringAsync());

        // An officer cannot approve their own proposal; a supervisor can.
        var selfApproval = await PostFormAsync(officer, $"/staff/complaints/{third}", [], $"/staff/complaints/{third}?handler=DecideClosure&approve=true");
        Assert.NotEqual(ComplaintStatus.Closed, await StatusAsync(third));
        using var supervisor = await StaffCookieClientAsync(App, Supervisor);
        var approved = await PostFormAsync(supervisor, $"/staff/complaints/{third}", [], $"/staff/complaints/{third}?handler=DecideClosure&approve=true");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(ComplaintStatus.Closed, await StatusAsync(third));
        var closure = await App.ExecuteDbContextAsync(db => db.Set<RepeatClosure>().AsNoTracking().SingleAsync(r => r.ComplaintId == third));
        Assert.Equal(ClosureDecision.Approved, closure.Decision);

        var notice = await Mail.WaitForMessageToAsync(email, TimeSpan.FromSeconds(20), m => m.Subject?.Contains("반복 민원 종결 안내") == true);
        Assert.Contains("제23조", notice.TextBody);
    }

    [Fact]
    public async Task The_English_proposal_form_asks_to_propose_and_does_not_say_it_is_proposed()
    {
        await EnsureStaffAsync(App);
        var phone = $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";
        var email = $"repeat-en-{Guid.NewGuid():N}@test.example";
        using var officerApi = await StaffClientAsync(App, Officer);
        foreach (var suffix in new[] { "", " 다시 요청합니다." })
        {
            var earlier = await FileAsync(phone, email, suffix);
            (await officerApi.PostAsJsonAsync($"/api/v1/staff/complaints/{earlier}/answer", new { text = "부분 보수를 마쳤습니다." })).EnsureSuccessStatusCode();
        }
        var third = await FileAsync(phone, email, " 다시 한번 요청합니다.");
        using var officer = await StaffCookieClientAsync(App, Officer);

        var english = await officer.GetStringAsync($"/staff/complaints/{third}?culture=en");
        var korean = WebUtility.HtmlDecode(await officer.GetStringAsync($"/staff/complaints/{third}?culture=ko"));

        Assert.Contains("Propose closing this repeated complaint", english);
        Assert.DoesNotContain("Repeat closure proposed", english);
        Assert.Contains("반복 민원 종결 제안하기", korean);
    }

    [Fact]
    public async Task A_complaint_answered_only_once_before_cannot_be_proposed_for_closure()
    {
        await EnsureStaffAsync(App);
        var phone = $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";
        var email = $"once-{Guid.NewGuid():N}@test.example";
        using var officerApi = await StaffClientAsync(App, Officer);
        var first = await FileAsync(phone, email, "");
        (await officerApi.PostAsJsonAsync($"/api/v1/staff/complaints/{first}/answer", new { text = "답변드립니다." })).EnsureSuccessStatusCode();
        var second = await FileAsync(phone, email, " 다시 요청합니다.");
        using var officer = await StaffCookieClientAsync(App, Officer);

        var response = await PostFormAsync(officer, $"/staff/complaints/{second}", [new("ClosureReason", "반복입니다.")], $"/staff/complaints/{second}?handler=ProposeClosure");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(await App.ExecuteDbContextAsync(db => db.Set<RepeatClosure>().AnyAsync(r => r.ComplaintId == second)));
    }

    Task<ComplaintStatus> StatusAsync(long id) => App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());
}

[Collection(Collections.Sqlite)]
public sealed class RepeatedComplaintSqliteTests(SqliteApp app) : RepeatedComplaintTests(app);

[Collection(Collections.Postgres)]
public sealed class RepeatedComplaintPostgresTests(PostgresApp app) : RepeatedComplaintTests(app);
