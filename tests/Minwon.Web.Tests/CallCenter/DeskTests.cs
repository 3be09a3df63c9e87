using System.Net;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Complaints;
using Minwon.Web.Desk;
using Minwon.Web.Protection;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.CallCenter.TelephonyTestKit;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.CallCenter;

/// <summary>The customer support desk: tickets, the public waiting display, calling to a counter, filing, entry bans.</summary>
public abstract class DeskTests(MinwonApp app) : IntegrationTest(app)
{
    const string Desk = "/staff/callcenter/desk";

    [Fact]
    public async Task A_visitor_takes_a_ticket_is_called_to_a_counter_and_files_a_complaint_that_reaches_the_department()
    {
        await EnsureStaffAsync(App);
        using var agent = await StaffCookieClientAsync(App, Agent);
        // Earlier tickets of today (other tests) are called first; clear the queue by calling until ours.
        var phone = RandomMobile();
        var name = "방문" + Guid.NewGuid().ToString("N")[..4];
        var issued = await PostFormAsync(agent, Desk, [new("Purpose", "도로 파손 민원"), new("VisitorName", name), new("VisitorPhone", phone)], Desk + "?handler=Issue");
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var ticket = await App.ExecuteDbContextAsync(db => db.Set<DeskTicket>().AsNoTracking().SingleAsync(t => t.VisitorName == name));
        Assert.Equal(TicketStatus.Waiting, ticket.Status);

        var display = await Client.GetStringAsync("/desk/display");
        Assert.DoesNotContain(name, display);
        Assert.DoesNotContain("도로 파손 민원", display);

        for (var i = 0; i < 100 && (await TicketAsync(ticket.Id)).Status == TicketStatus.Waiting; i++)
            Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(agent, Desk, [new("Counter", "3")], Desk + "?handler=Call")).StatusCode);
        ticket = await TicketAsync(ticket.Id);
        Assert.Equal(TicketStatus.Called, ticket.Status);
        Assert.Equal(3, ticket.Counter);
        display = await Client.GetStringAsync("/desk/display");
        Assert.Contains($"data-ticket=\"{ticket.Number}\"", display);
        Assert.DoesNotContain(name, display);

        var category = await CategoryOfAsync(App, "ROAD");
        var filed = await PostFormAsync(agent, Desk, [new("TicketId", ticket.Id.ToString()), new("Input.Type", "Question"), new("Input.CategoryId", category.ToString()),
            new("Input.Title", "인도 보도블록 파손"), new("Input.Body", "시장 앞 인도 보도블록이 깨져 걸려 넘어질 뻔했습니다."), new("Input.Name", name),
            new("Input.Phone", phone), new("Input.Consent", "true")], Desk + "?handler=File");
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        ticket = await TicketAsync(ticket.Id);
        Assert.Equal(TicketStatus.Done, ticket.Status);
        var complaint = await App.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.Id == ticket.ComplaintId));
        Assert.Equal(await DepartmentIdAsync(App, "ROAD"), complaint.DepartmentId);
        using var officer = await StaffCookieClientAsync(App, Officer);
        Assert.Contains(complaint.ReceiptNumber, await officer.GetStringAsync("/staff/queue"));
    }

    [Fact]
    public async Task A_visitor_with_an_entry_ban_gets_no_ticket_and_bad_input_stores_nothing()
    {
        await EnsureStaffAsync(App);
        var phone = RandomMobile();
        await App.ExecuteDbContextAsync(async db =>
        {
            db.Set<ComplainantRestriction>().Add(new ComplainantRestriction
            {
                ComplainantKey = ComplainantKey.From(phone, null)!, Kind = RestrictionKind.EntryBan, Reason = "청사 내 폭력",
                SetById = "x", SetByAlias = "담당자 T-0002", SetAt = DateTime.UtcNow, Until = DateTime.UtcNow.AddDays(30),
            });
            await db.SaveChangesAsync();
        });
        using var agent = await StaffCookieClientAsync(App, Agent);
        var before = await App.ExecuteDbContextAsync(db => db.Set<DeskTicket>().CountAsync());
        var banned = await PostFormAsync(agent, Desk, [new("Purpose", "항의 방문"), new("VisitorPhone", phone)], Desk + "?handler=Issue");
        Assert.Equal(HttpStatusCode.Forbidden, banned.StatusCode);
        Assert.Contains("청사 출입 제한 중인 민원인입니다.", await banned.Content.ReadAsStringAsync());
        var invalid = await PostFormAsync(agent, Desk, [new("Purpose", ""), new("VisitorPhone", "12")], Desk + "?handler=Issue");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(before, await App.ExecuteDbContextAsync(db => db.Set<DeskTicket>().CountAsync()));
    }

    Task<DeskTicket> TicketAsync(long id) => App.ExecuteDbContextAsync(db => db.Set<DeskTicket>().AsNoTracking().SingleAsync(t => t.Id == id));
}

[Collection(Collections.Sqlite)] public sealed class DeskSqliteTests(SqliteApp app) : DeskTests(app);
[Collection(Collections.Postgres)] public sealed class DeskPostgresTests(PostgresApp app) : DeskTests(app);
