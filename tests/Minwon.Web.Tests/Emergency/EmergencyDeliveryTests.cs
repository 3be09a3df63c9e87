using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Minwon.Web.Emergency;
using Minwon.Web.Notifications;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Emergency.EmergencyTestKit;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Emergency;

/// <summary>
/// What leaves the building: the police liaison's mail and the signed webhook for a real alert, retried while the
/// endpoint is down; nothing of a drill. Each test runs its own app, configured with its own police contacts.
/// </summary>
public abstract class EmergencyDeliveryTests(DatabaseKind database)
{
    const string Police = "police-liaison@police.test.example";
    const string DrillContact = "drill-observer@test.example";
    const string Secret = "s3cret-for-the-test-endpoint";
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    Task<MinwonApp> StartAsync(string webhookUrl) => MinwonApp.StartAsync(database, new MinwonAppOptions
    {
        SeedStaff = true,
        Settings = new Dictionary<string, string?>
        {
            ["Emergency:PoliceLiaisonEmail"] = Police,
            ["Emergency:DrillContactEmail"] = DrillContact,
            ["Emergency:Webhooks:0:Name"] = "경찰 연계",
            ["Emergency:Webhooks:0:Url"] = webhookUrl,
            ["Emergency:Webhooks:0:Secret"] = Secret,
        },
    });

    static async Task<T> PollAsync<T>(Func<Task<T?>> read, string what) where T : class
    {
        var until = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < until)
        {
            if (await read() is { } value) return value;
            await Task.Delay(100);
        }
        throw new TimeoutException(what);
    }

    [Fact]
    public async Task A_real_alert_reaches_the_police_liaison_by_mail_and_by_a_signed_webhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await using var app = await StartAsync(receiver.Url);
        var (deviceId, key) = await AddDeviceAsync(app, "1층 민원실");

        var press = await PressAsync(app.CreateClient(), deviceId, key);
        press.EnsureSuccessStatusCode();

        var hook = await receiver.WaitAsync(Wait);
        Assert.True(hook.SignatureValid, $"signature {hook.Signature} over {hook.Timestamp}");
        Assert.Matches("^sha256=[0-9a-f]{64}$", hook.Signature);
        using var body = JsonDocument.Parse(hook.Body);
        Assert.Equal("emergency.raised", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("1층 민원실", body.RootElement.GetProperty("location").GetString());
        Assert.False(body.RootElement.GetProperty("isDrill").GetBoolean());

        var mail = await app.Smtp.WaitForMessageToAsync(Police, Wait);
        Assert.StartsWith("[비상벨]", mail.Subject);
        Assert.Contains("1층 민원실", mail.TextBody);
        // The safety team is mailed by the staff alert.
        await app.Smtp.WaitForMessageToAsync("safety@minwon.local", Wait, m => (m.Subject ?? "").Contains("비상벨"));

        // The emergency page shows each delivery as done.
        var emergencyId = await app.ExecuteDbContextAsync(db => db.Set<EmergencyAlert>().Select(e => e.Id).SingleAsync());
        await PollAsync(() => app.ExecuteDbContextAsync(async db =>
            await db.Outbox.AnyAsync(m => m.EmergencyAlertId == emergencyId && m.SentAt == null) ? null : "all sent"), "all deliveries sent");
        using var safety = await StaffCookieClientAsync(app, Safety);
        var page = await safety.GetStringAsync($"/staff/emergency/{emergencyId}");
        Assert.Contains("data-channel=\"Webhook\"", page);
        Assert.Contains("경찰 연계", page);
        Assert.Contains(Police, page);
        Assert.DoesNotContain("재시도 중", page);
    }

    [Fact]
    public async Task A_webhook_endpoint_that_is_down_is_retried_with_the_error_recorded_and_delivered_when_it_is_back()
    {
        var port = WebhookReceiver.FreePort();
        var url = $"http://127.0.0.1:{port}/hook";
        await using var app = await StartAsync(url);
        var (deviceId, key) = await AddDeviceAsync(app, "상담실");

        (await PressAsync(app.CreateClient(), deviceId, key)).EnsureSuccessStatusCode();

        // Nothing listens: the attempt fails, the error is kept and a retry is planned (nothing lost).
        var failed = await PollAsync(() => app.ExecuteDbContextAsync(db =>
            db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Channel == NotificationChannel.Webhook && m.Attempts >= 1)), "a failed attempt");
        Assert.Null(failed.SentAt);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.True(failed.NextAttemptAt > failed.CreatedAt);
        using var safety = await StaffCookieClientAsync(app, Safety);
        Assert.Contains("재시도 중", await safety.GetStringAsync($"/staff/emergency/{failed.EmergencyAlertId}"));

        // The endpoint comes back; the back-off is made due now (as if it had elapsed) and the dispatcher is driven.
        await using var receiver = await WebhookReceiver.StartAsync(Secret, port);
        await app.ExecuteDbContextAsync(db => db.Outbox.Where(m => m.Id == failed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddMinutes(-1))));
        var dispatcher = app.Services.GetServices<IHostedService>().OfType<NotificationDispatcher>().Single();
        await dispatcher.DeliverDueAsync(CancellationToken.None);

        var hook = await receiver.WaitAsync(Wait);
        Assert.True(hook.SignatureValid);
        var sent = await PollAsync(() => app.ExecuteDbContextAsync(db =>
            db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == failed.Id && m.SentAt != null)), "the webhook marked sent");
        Assert.True(sent.Attempts >= 2);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_drill_never_reaches_the_police_and_every_message_is_marked()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await using var app = await StartAsync(receiver.Url);
        using var safety = await StaffCookieClientAsync(app, Safety);
        var officerId = await app.ExecuteDbContextAsync(db => db.Users.Where(u => u.Email == Officer).Select(u => u.Id).SingleAsync());
        var schedule = await PostFormAsync(safety, "/staff/protection/drills",
            [new("Title", "야간 민원실 위협 훈련"), new("Scenario", "방문객이 창구에서 위협합니다."), new("ScheduledAt", "2026-12-02T18:30"), new("Assignees[Warning]", officerId)]);
        var id = long.Parse(schedule.RequestMessage!.RequestUri!.AbsolutePath.Split('/').Last());
        (await PostFormAsync(safety, $"/staff/drills/{id}", [], $"/staff/drills/{id}?handler=start")).EnsureSuccessStatusCode();

        var observer = await app.Smtp.WaitForMessageToAsync(DrillContact, Wait);
        Assert.StartsWith("[모의훈련]", observer.Subject);
        await app.Smtp.WaitForMessageToAsync(Officer, Wait, m => (m.Subject ?? "").Contains("야간 민원실 위협 훈련"));
        await PollAsync(() => app.ExecuteDbContextAsync(async db => await db.Outbox.AnyAsync(m => m.SentAt == null) ? null : "all sent"), "drill mail sent");

        var outbox = await app.ExecuteDbContextAsync(db => db.Outbox.AsNoTracking().ToListAsync());
        Assert.NotEmpty(outbox);
        Assert.DoesNotContain(outbox, m => m.To == Police);
        Assert.DoesNotContain(outbox, m => m.Channel == NotificationChannel.Webhook);
        Assert.All(outbox, m => Assert.Contains("[모의훈련]", m.Subject));
        Assert.DoesNotContain(app.Smtp.Received, m => m.Recipients.Contains(Police));
        Assert.Empty(receiver.Received);
    }
}

[Collection(Collections.Sqlite)]
public sealed class EmergencyDeliverySqliteTests() : EmergencyDeliveryTests(DatabaseKind.Sqlite);

[Collection(Collections.Postgres)]
public sealed class EmergencyDeliveryPostgresTests() : EmergencyDeliveryTests(DatabaseKind.Postgres);
