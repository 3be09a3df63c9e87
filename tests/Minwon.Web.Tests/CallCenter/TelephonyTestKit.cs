using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minwon.Web.CallCenter;
using Minwon.Web.Tests.Infrastructure;

namespace Minwon.Web.Tests.CallCenter;

/// <summary>Sends signed telephony webhook events the way a PBX would.</summary>
public static class TelephonyTestKit
{
    public const string Agent = "agent@minwon.local";

    public static string Secret(MinwonApp app) =>
        app.Services.GetRequiredService<IOptions<TelephonyOptions>>().Value.WebhookSecret
        ?? throw new InvalidOperationException("Telephony:WebhookSecret is not set for the tests.");

    public static string RandomMobile() => $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";

    public static string EventJson(string type, string callId, string? callerNumber, DateTimeOffset? occurredAt = null, string? recordingRef = null, string? eventId = null) =>
        JsonSerializer.Serialize(new
        {
            eventId = eventId ?? Guid.NewGuid().ToString("N"),
            type,
            callId,
            callerNumber,
            occurredAt = occurredAt ?? DateTimeOffset.UtcNow,
            recordingRef,
        });

    /// <summary>POSTs a body signed with <paramref name="secret"/> (the app's own by default) at <paramref name="at"/>.</summary>
    public static Task<HttpResponseMessage> SendAsync(MinwonApp app, HttpClient client, string body, string? secret = null, DateTimeOffset? at = null,
        string? signatureOverride = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/telephony/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(TelephonyWebhook.TimestampHeader, timestamp);
        request.Headers.Add(TelephonyWebhook.SignatureHeader, signatureOverride ?? TelephonyWebhook.Sign(secret ?? Secret(app), timestamp, body));
        return client.SendAsync(request);
    }

    /// <summary>A call-started event that must succeed; returns the console's call record id.</summary>
    public static async Task<long> StartCallAsync(MinwonApp app, HttpClient client, string callerNumber, string recordingRef, DateTimeOffset? occurredAt = null)
    {
        var response = await SendAsync(app, client, EventJson(TelephonyWebhook.CallStarted, Guid.NewGuid().ToString("N"), callerNumber, occurredAt, recordingRef));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"call-started: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("callRecordId").GetInt64();
    }
}
