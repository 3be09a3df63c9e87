using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Minwon.Web.Notifications;

namespace Minwon.Web.Emergency;

/// <summary>
/// POSTs a webhook with X-Minwon-Timestamp (Unix seconds) and X-Minwon-Signature: sha256=&lt;hex HMAC-SHA256 of
/// "timestamp.body" keyed with the endpoint's secret&gt;. The receiver recomputes it and rejects old timestamps.
/// </summary>
public sealed class SignedWebhookSender(IHttpClientFactory http, IOptionsMonitor<EmergencyOptions> options, TimeProvider clock) : IWebhookSender
{
    public const string TimestampHeader = "X-Minwon-Timestamp";
    public const string SignatureHeader = "X-Minwon-Signature";

    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    public async Task SendAsync(string endpointName, string url, string json, CancellationToken ct)
    {
        var endpoint = options.CurrentValue.Webhooks.FirstOrDefault(w => w.Name == endpointName && w.Url == url)
            ?? throw new InvalidOperationException($"Webhook endpoint '{endpointName}' is no longer configured.");
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, Sign(endpoint.Secret, timestamp, json));
        using var client = http.CreateClient(nameof(SignedWebhookSender));
        using var response = await client.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Webhook '{endpointName}' answered {(int)response.StatusCode} {response.ReasonPhrase}");
    }
}
