using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.CallCenter;
using Minwon.Web.Complaints;
using Minwon.Web.Protection;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.CallCenter.TelephonyTestKit;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.CallCenter;

/// <summary>
/// The agent console: the caller's history and restrictions at once, screened notes, the abusive-call protocol
/// (warnings, ending under the policy, the length limit) counted in the caller's history, and filing, answering, transfer.
/// </summary>
public abstract class AgentConsoleTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_abusive_call_is_warned_twice_ended_under_the_policy_and_counted_in_the_callers_history()
    {
        await EnsureStaffAsync(App);
        var phone = RandomMobile();
        var earlier = NewComplaint(await CategoryOfAsync(App, "ROAD"), phone: phone);
        var receipt = await FileAsync(Client, earlier);
        await App.ExecuteDbContextAsync(async db =>
        {
            db.Set<ComplainantRestriction>().Add(new ComplainantRestriction
            {
                ComplainantKey = ComplainantKey.From(phone, null)!, Kind = RestrictionKind.CallSuspension, Reason = "반복된 폭언",
                SetById = "x", SetByAlias = "담당자 T-0001", SetAt = DateTime.UtcNow, Until = DateTime.UtcNow.AddDays(30),
            });
            await db.SaveChangesAsync();
        });

        var recording = "rec://pbx/" + Guid.NewGuid().ToString("N");
        var callId = await StartCallAsync(App, Client, phone, recording);
        using var agent = await StaffCookieClientAsync(App, Agent);
        var page = $"/staff/callcenter/calls/{callId}";
        var console = await agent.GetStringAsync(page);
        Assert.Contains(receipt, console);
        Assert.Contains("data-restriction=\"CallSuspension\"", console);
        Assert.Contains(recording, console);

        var note = await PostFormAsync(agent, page, [new("Note", "씨발 이 병신들아 당장 고쳐 내 번호 010-5555-1234")], page + "?handler=Note");
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        var afterNote = await note.Content.ReadAsStringAsync();
        Assert.DoesNotContain("병신", afterNote);
        Assert.DoesNotContain("010-5555-1234", afterNote);
        Assert.Contains("data-severity=", afterNote);
        var screened = await App.ExecuteDbContextAsync(db => db.Set<CallNote>().AsNoTracking().Where(n => n.CallRecordId == callId)
            .Join(db.Set<ScreenedText>(), n => n.ScreenedTextId, s => s.Id, (n, s) => s).SingleAsync());
        Assert.Equal(ScreenedField.CallNote, screened.Field);
        Assert.NotEqual(TextSeverity.None, screened.Severity);
        Assert.True(screened.HasPersonalData);
        // The original is shown only after a reveal, which is logged.
        var revealed = await PostFormAsync(agent, page, [new("textId", screened.Id.ToString())], page + "?handler=Reveal");
        Assert.Contains("010-5555-1234", await revealed.Content.ReadAsStringAsync());
        Assert.True(await App.ExecuteDbContextAsync(db => db.Set<RevealRecord>().AnyAsync(r => r.ScreenedTextId == screened.Id)));
        Assert.DoesNotContain("010-5555-1234", await agent.GetStringAsync(page));

        // Ending under the policy before the warnings is refused and changes nothing.
        var early = await PostFormAsync(agent, page, [], page + "?handler=EndPolicy");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(CallStatus.Active, (await CallAsync(callId)).Status);

        var first = await PostFormAsync(agent, page, [new("Language", "ko")], page + "?handler=Warn");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await PostFormAsync(agent, page, [new("Language", "en")], page + "?handler=Warn");
        var afterWarnings = await second.Content.ReadAsStringAsync();
        Assert.Contains("id=\"end-policy-form\"", afterWarnings);
        Assert.DoesNotContain("id=\"warn-form\"", afterWarnings);
        var warnings = await App.ExecuteDbContextAsync(db => db.Set<CallWarning>().AsNoTracking().Where(w => w.CallRecordId == callId).OrderBy(w => w.Number).ToListAsync());
        Assert.Equal(["ko", "en"], warnings.Select(w => w.Language));
        Assert.Contains("녹음", warnings[0].Script);
        Assert.Contains("recorded", warnings[1].Script);

        var end = await PostFormAsync(agent, page, [], page + "?handler=EndPolicy");
        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        var call = await CallAsync(callId);
        Assert.Equal(CallStatus.Ended, call.Status);
        Assert.Equal(CallEndReason.AbusePolicy, call.EndReason);
        Assert.Equal(2, call.Warnings);
        Assert.Equal(recording, call.RecordingRef);
        Assert.NotNull(call.EndedAt);
        Assert.StartsWith("담당자", call.AgentAlias);
        Assert.Contains("data-end-reason=\"AbusePolicy\"", await end.Content.ReadAsStringAsync());

        // The ended call is an incident in the register, with the recording reference, and the chain still holds.
        var incident = await App.ExecuteDbContextAsync(db => Minwon.Web.Incidents.IncidentService.ForComplainant(db, phone).FirstAsync());
        Assert.Equal(Minwon.Web.Incidents.IncidentSource.Call, incident.Source);
        var view = await App.ExecuteScopeAsync(sp => sp.GetRequiredService<Minwon.Web.Incidents.IncidentService>().LoadAsync(incident.Id, default));
        Assert.Equal(recording, view!.Created.CallReference);
        Assert.Contains(Minwon.Web.Incidents.IncidentMeasure.CallEnded, view.Measures);

        // The next call from the same number shows the ended call and the warnings in the history.
        var next = await StartCallAsync(App, Client, phone, "rec://pbx/next");
        var nextConsole = await agent.GetStringAsync($"/staff/callcenter/calls/{next}");
        Assert.Contains("data-stat=\"policy-ended\">1<", nextConsole);
        Assert.Contains("data-stat=\"warnings\">2<", nextConsole);
        Assert.Contains("data-stat=\"calls\">1<", nextConsole);
    }

    [Fact]
    public async Task The_console_warns_at_fifteen_minutes_and_ends_the_call_at_twenty()
    {
        await EnsureStaffAsync(App);
        using var agent = await StaffCookieClientAsync(App, Agent);
        var sixteen = await StartCallAsync(App, Client, RandomMobile(), "rec://16", DateTimeOffset.UtcNow.AddMinutes(-16));
        var page = await agent.GetStringAsync($"/staff/callcenter/calls/{sixteen}");
        Assert.Contains("id=\"timer-warning\"", page);
        Assert.Equal(CallStatus.Active, (await CallAsync(sixteen)).Status);

        var twentyOne = await StartCallAsync(App, Client, RandomMobile(), "rec://21", DateTimeOffset.UtcNow.AddMinutes(-21));
        var ended = await agent.GetStringAsync($"/staff/callcenter/calls/{twentyOne}");
        Assert.Contains("data-end-reason=\"TimeLimit\"", ended);
        var call = await CallAsync(twentyOne);
        Assert.Equal(CallEndReason.TimeLimit, call.EndReason);
        Assert.Equal(TimeSpan.FromMinutes(20), call.EndedAt!.Value - call.StartedAt);
    }

    [Fact]
    public async Task An_agent_files_a_complaint_for_the_caller_answers_a_question_and_transfers_bad_input_changes_nothing()
    {
        await EnsureStaffAsync(App);
        var phone = RandomMobile();
        using var agent = await StaffCookieClientAsync(App, Agent);
        var callId = await StartCallAsync(App, Client, phone, "rec://file");
        var page = $"/staff/callcenter/calls/{callId}";
        var category = await CategoryOfAsync(App, "ROAD");

        var invalid = await PostFormAsync(agent, page, [new("Input.Type", "Question"), new("Input.CategoryId", category.ToString()), new("Input.Title", ""),
            new("Input.Body", "내용"), new("Input.Name", "박민수"), new("Input.Phone", phone)], page + "?handler=File");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("제목을 입력해 주세요.", invalidHtml);
        Assert.Contains("동의해야 민원을 신청할 수 있습니다.", invalidHtml);
        Assert.Null((await CallAsync(callId)).ComplaintId);

        var filed = await PostFormAsync(agent, page, [new("Input.Type", "Question"), new("Input.CategoryId", category.ToString()), new("Input.Title", "버스정류장 표지판 파손"),
            new("Input.Body", "읍내 버스정류장 표지판이 쓰러져 있습니다."), new("Input.Name", "박민수"), new("Input.Phone", phone), new("Input.Consent", "true")], page + "?handler=File");
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var call = await CallAsync(callId);
        Assert.Equal(CallOutcome.Filed, call.Outcome);
        var complaint = await App.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == call.ComplaintId));
        Assert.Equal(await DepartmentIdAsync(App, "ROAD"), complaint.DepartmentId);
        var filedEvent = complaint.Events.Single(e => e.Kind == ComplaintEventKind.Filed);
        Assert.Equal($"상담원 {call.AgentAlias} 대리 접수", filedEvent.Note);
        using var officer = await StaffCookieClientAsync(App, Officer);
        Assert.Contains(complaint.ReceiptNumber, await officer.GetStringAsync("/staff/queue"));
        var english = WebUtility.HtmlDecode(await officer.GetStringAsync($"/staff/complaints/{complaint.Id}?culture=en"));
        Assert.Contains($"Filed for the caller by Officer {call.AgentAlias!["담당자 ".Length..]}", english);
        Assert.DoesNotContain("대리 접수", english);

        var noAnswer = await PostFormAsync(agent, page, [new("Answer", " ")], page + "?handler=Answer");
        Assert.Equal(HttpStatusCode.BadRequest, noAnswer.StatusCode);
        var answered = await PostFormAsync(agent, page, [new("Answer", "여권 발급은 민원실 2번 창구에서 합니다.")], page + "?handler=Answer");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("여권 발급은 민원실 2번 창구에서 합니다.", (await CallAsync(callId)).Answer);

        var noDept = await PostFormAsync(agent, page, [new("DepartmentId", "")], page + "?handler=Transfer");
        Assert.Equal(HttpStatusCode.BadRequest, noDept.StatusCode);
        var env = await DepartmentIdAsync(App, "ENV");
        var transferred = await PostFormAsync(agent, page, [new("DepartmentId", env.ToString())], page + "?handler=Transfer");
        Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        call = await CallAsync(callId);
        Assert.Equal(CallOutcome.Transferred, call.Outcome);
        Assert.Equal(env, call.TransferredToDepartmentId);
        Assert.Equal(CallStatus.Ended, call.Status);

        var afterEnd = await PostFormAsync(agent, $"/staff/callcenter", [new("Note", "late")], page + "?handler=Note");
        Assert.Equal(HttpStatusCode.Conflict, afterEnd.StatusCode);
    }

    [Fact]
    public async Task Agents_use_the_console_officers_do_not_and_agents_stay_out_of_the_workspace()
    {
        await EnsureStaffAsync(App);
        using var agent = await StaffCookieClientAsync(App, Agent);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/staff/callcenter")).StatusCode);
        Assert.Equal("/staff/denied", (await agent.GetAsync("/staff/queue")).RequestMessage!.RequestUri!.AbsolutePath);
        using var officer = await StaffCookieClientAsync(App, Officer);
        Assert.Equal("/staff/denied", (await officer.GetAsync("/staff/callcenter")).RequestMessage!.RequestUri!.AbsolutePath);
        var anonymous = await Client.GetAsync("/staff/callcenter");
        Assert.StartsWith("/staff/login", anonymous.RequestMessage!.RequestUri!.AbsolutePath);

        var phone = RandomMobile();
        var invalid = await PostFormAsync(agent, "/staff/callcenter", [new("CallerNumber", "12ab"), new("RecordingRef", "")], "/staff/callcenter?handler=Start");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var started = await PostFormAsync(agent, "/staff/callcenter", [new("CallerNumber", phone), new("RecordingRef", "https://rec.example/1")], "/staff/callcenter?handler=Start");
        Assert.Matches(@"^/staff/callcenter/calls/\d+$", started.RequestMessage!.RequestUri!.AbsolutePath);
        var lookup = await agent.GetStringAsync($"/staff/callcenter?phone={Uri.EscapeDataString(phone)}");
        Assert.Contains("id=\"caller-history\"", lookup);
    }

    Task<CallRecord> CallAsync(long id) => App.ExecuteDbContextAsync(db => db.Set<CallRecord>().AsNoTracking().SingleAsync(c => c.Id == id));
}

[Collection(Collections.Sqlite)] public sealed class AgentConsoleSqliteTests(SqliteApp app) : AgentConsoleTests(app);
[Collection(Collections.Postgres)] public sealed class AgentConsolePostgresTests(PostgresApp app) : AgentConsoleTests(app);
