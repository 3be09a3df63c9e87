using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.CallCenter;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.CallCenter.TelephonyTestKit;

namespace Minwon.Web.Tests.CallCenter;

/// <summary>The PBX webhook: signed events start and end calls; forged, stale and malformed ones change nothing; duplicates apply once.</summary>
public abstract class TelephonyWebhookTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_signed_call_started_event_opens_a_call_and_a_duplicate_changes_nothing()
    {
        var callId = Guid.NewGuid().ToString("N");
        var body = EventJson(TelephonyWebhook.CallStarted, callId, "01023456789", recordingRef: "rec://pbx/" + callId);
        var first = await SendAsync(App, Client, body);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.GetProperty("duplicate").GetBoolean());

        var again = await SendAsync(App, Client, body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("duplicate").GetBoolean());

        var calls = await App.ExecuteDbContextAsync(db => db.Set<CallRecord>().AsNoTracking().Where(c => c.ExternalCallId == callId).ToListAsync());
        var call = Assert.Single(calls);
        Assert.Equal("010-2345-6789", call.CallerNumber);
        Assert.Equal("rec://pbx/" + callId, call.RecordingRef);
        Assert.Equal(CallStatus.Active, call.Status);
        Assert.Null(call.AgentId);
        Assert.Equal(1, await App.ExecuteDbContextAsync(db => db.Set<TelephonyEvent>().CountAsync(e => e.ExternalCallId == callId)));

        var ended = await SendAsync(App, Client, EventJson(TelephonyWebhook.CallEnded, callId, null));
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        call = await App.ExecuteDbContextAsync(db => db.Set<CallRecord>().AsNoTracking().SingleAsync(c => c.ExternalCallId == callId));
        Assert.Equal(CallStatus.Ended, call.Status);
        Assert.Equal(CallEndReason.CallerHungUp, call.EndReason);
    }

    [Fact]
    public async Task Forged_stale_and_malformed_events_are_refused_with_problem_details_and_store_nothing()
    {
        var callId = Guid.NewGuid().ToString("N");
        var body = EventJson(TelephonyWebhook.CallStarted, callId, "010-3456-7890");

        var forged = await SendAsync(App, Client, body, secret: "not-the-secret");
        await AssertProblemAsync(forged, HttpStatusCode.Unauthorized, "서명이 일치하지 않습니다.");
        var unsigned = await SendAsync(App, Client, body, signatureOverride: "");
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        var stale = await SendAsync(App, Client, body, at: DateTimeOffset.UtcNow.AddMinutes(-6));
        await AssertProblemAsync(stale, HttpStatusCode.Unauthorized, "요청 시각이 너무 오래되었거나 올바르지 않습니다.");
        // A body changed after signing: the signature no longer matches.
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tampered = await SendAsync(App, Client, body.Replace("010-3456-7890", "010-9999-9999"),
            signatureOverride: TelephonyWebhook.Sign(Secret(App), timestamp, body), at: DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp)));
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);

        var notJson = await SendAsync(App, Client, "{not json");
        await AssertProblemAsync(notJson, HttpStatusCode.BadRequest, "요청 본문을 읽을 수 없습니다.");
        var badType = await SendAsync(App, Client, EventJson("call-exploded", callId, "010-3456-7890"));
        await AssertProblemAsync(badType, HttpStatusCode.BadRequest, "type은 call-started 또는 call-ended여야 합니다.");
        var badNumber = await SendAsync(App, Client, EventJson(TelephonyWebhook.CallStarted, callId, "<script>"));
        Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
        var endsUnknown = await SendAsync(App, Client, EventJson(TelephonyWebhook.CallEnded, callId, null));
        Assert.Equal(HttpStatusCode.BadRequest, endsUnknown.StatusCode);

        Assert.False(await App.ExecuteDbContextAsync(db => db.Set<CallRecord>().AnyAsync(c => c.ExternalCallId == callId)));
        Assert.False(await App.ExecuteDbContextAsync(db => db.Set<TelephonyEvent>().AnyAsync(e => e.ExternalCallId == callId)));

        using var english = App.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var forgedEn = await SendAsync(App, english, body, secret: "not-the-secret");
        await AssertProblemAsync(forgedEn, HttpStatusCode.Unauthorized, "The signature does not match.");
    }

    [Fact]
    public async Task The_webhook_is_in_the_openapi_document()
    {
        var doc = await Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/telephony/events", doc);
        Assert.Contains("X-Minwon-Signature", doc);
    }

    static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        // The message is the detail, or for a field the entry under "errors".
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var messages = new List<string> { json.GetProperty("detail").GetString()! };
        if (json.TryGetProperty("errors", out var errors))
            foreach (var field in errors.EnumerateObject()) messages.AddRange(field.Value.EnumerateArray().Select(m => m.GetString()!));
        Assert.Contains(messages, m => m.Contains(detailContains, StringComparison.Ordinal));
    }
}

[Collection(Collections.Sqlite)] public sealed class TelephonyWebhookSqliteTests(SqliteApp app) : TelephonyWebhookTests(app);
[Collection(Collections.Postgres)] public sealed class TelephonyWebhookPostgresTests(PostgresApp app) : TelephonyWebhookTests(app);
