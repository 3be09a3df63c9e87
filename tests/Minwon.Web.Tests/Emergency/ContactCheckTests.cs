using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Emergency;
using Minwon.Web.Notifications;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Emergency;

/// <summary>The safety team tests the emergency contact chain: real mail and a signed webhook, each marked as a test.</summary>
public abstract class ContactCheckTests(DatabaseKind database)
{
    const string Police = "police-liaison@police.test.example";
    const string Secret = "contact-check-webhook-secret";
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    Task<MinwonApp> StartAsync(string? webhookUrl) => MinwonApp.StartAsync(database, new MinwonAppOptions
    {
        SeedStaff = true,
        Settings = webhookUrl is null ? [] : new Dictionary<string, string?>
        {
            ["Emergency:PoliceLiaisonEmail"] = Police,
            ["Emergency:Webhooks:0:Name"] = "경찰 상황실 연계",
            ["Emergency:Webhooks:0:Url"] = webhookUrl,
            ["Emergency:Webhooks:0:Secret"] = Secret,
        },
    });

    [Fact]
    public async Task A_test_message_reaches_the_police_mailbox_and_the_webhook_marked_as_a_test_and_the_page_shows_it_delivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await using var app = await StartAsync(receiver.Url);
        using var safety = await StaffCookieClientAsync(app, Safety);
        var page = await safety.GetStringAsync("/staff/protection/contacts");
        Assert.Contains(Police, page);
        Assert.Contains("경찰 상황실 연계", page);
        Assert.DoesNotContain(Secret, page);

        (await PostFormAsync(safety, "/staff/protection/contacts", [])).EnsureSuccessStatusCode();

        var mail = await app.Smtp.WaitForMessageToAsync(Police, Wait);
        Assert.StartsWith("[시험]", mail.Subject);
        Assert.Contains("실제 상황 아님", mail.TextBody);
        var hook = await receiver.WaitAsync(Wait);
        Assert.True(hook.SignatureValid);
        using (var body = JsonDocument.Parse(hook.Body))
        {
            Assert.Equal("emergency.test", body.RootElement.GetProperty("type").GetString());
            Assert.True(body.RootElement.GetProperty("isTest").GetBoolean());
        }

        var check = await app.ExecuteDbContextAsync(db => db.Set<ContactCheck>().AsNoTracking().SingleAsync());
        await WaitUntilAsync(() => app.ExecuteDbContextAsync(db => db.Outbox.AllAsync(m => m.ContactCheckId != check.Id || m.SentAt != null)));
        var after = await safety.GetStringAsync("/staff/protection/contacts");
        var section = after[after.IndexOf($"id=\"deliveries-{check.Id}\"", StringComparison.Ordinal)..];
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(section[..section.IndexOf("</table>", StringComparison.Ordinal)], "전달됨").Count);
        // an officer has no access to the page
        using var officer = await StaffCookieClientAsync(app, Officer);
        var denied = await officer.GetAsync("/staff/protection/contacts");
        Assert.DoesNotContain(Police, await denied.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_runs_a_check_and_reports_each_delivery_and_refuses_other_roles()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await using var app = await StartAsync(receiver.Url);
        using var safety = await StaffClientAsync(app, Safety);
        var created = await safety.PostAsync("/api/v1/staff/emergency/contact-checks", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var result = await created.Content.ReadFromJsonAsync<ContactCheckResult>();
        Assert.Equal(2, result!.Deliveries.Count);
        Assert.Contains(result.Deliveries, d => d.Channel == "Email" && d.Destination == Police);
        Assert.Contains(result.Deliveries, d => d.Channel == "Webhook" && d.Destination == "경찰 상황실 연계");

        await receiver.WaitAsync(Wait);
        await WaitUntilAsync(async () => (await safety.GetFromJsonAsync<ContactCheckResult>(created.Headers.Location))!.Deliveries.All(d => d.State == "sent"));
        Assert.Equal(HttpStatusCode.NotFound, (await safety.GetAsync("/api/v1/staff/emergency/contact-checks/999999")).StatusCode);

        using var officer = await StaffClientAsync(app, Officer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync("/api/v1/staff/emergency/contact-checks", null)).StatusCode);
        Assert.Equal(1, await app.ExecuteDbContextAsync(db => db.Set<ContactCheck>().CountAsync()));
    }

    [Fact]
    public async Task Without_outside_contacts_the_page_and_the_api_say_so_and_nothing_is_stored()
    {
        await using var app = await StartAsync(webhookUrl: null);
        using var safety = await StaffCookieClientAsync(app, Safety);
        var page = await safety.GetStringAsync("/staff/protection/contacts");
        Assert.Contains("설정된 외부 연락처가 없습니다.", page);
        var posted = await PostFormAsync(safety, "/staff/protection/contacts", []);
        Assert.Contains("시험 메시지를 보낼 외부 연락처가 없습니다.", await posted.Content.ReadAsStringAsync());

        using var api = await StaffClientAsync(app, Safety, "en");
        var refused = await api.PostAsync("/api/v1/staff/emergency/contact-checks", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("No outside contact", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.ExecuteDbContextAsync(db => db.Set<ContactCheck>().CountAsync()));
        Assert.Equal(0, await app.ExecuteDbContextAsync(db => db.Outbox.CountAsync(m => m.ContactCheckId != null)));
    }

    static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow + Wait;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("condition not met");
            await Task.Delay(100);
        }
    }
}

public sealed class ContactCheckSqliteTests() : ContactCheckTests(DatabaseKind.Sqlite);
public sealed class ContactCheckPostgresTests() : ContactCheckTests(DatabaseKind.Postgres);
