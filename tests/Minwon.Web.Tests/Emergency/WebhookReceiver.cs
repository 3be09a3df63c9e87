using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Minwon.Web.Tests.Emergency;

public sealed record ReceivedWebhook(string Body, string? Timestamp, string? Signature, bool SignatureValid);

/// <summary>
/// A police liaison's webhook endpoint on real Kestrel at 127.0.0.1: it checks X-Minwon-Signature the way a receiver
/// would (its own HMAC-SHA256 of "timestamp.body", compared in constant time) and answers 401 to a bad one.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ConcurrentQueue<ReceivedWebhook> received = new();

    WebhookReceiver(WebApplication app) => this.app = app;

    public IReadOnlyCollection<ReceivedWebhook> Received => received;
    public string Url { get; private set; } = "";

    /// <summary>Starts on <paramref name="port"/> (0: any free port).</summary>
    public static async Task<WebhookReceiver> StartAsync(string secret, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var timestamp = request.Headers["X-Minwon-Timestamp"].ToString();
            var signature = request.Headers["X-Minwon-Signature"].ToString();
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
            var valid = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
            receiver.received.Enqueue(new ReceivedWebhook(body, timestamp, signature, valid));
            return valid ? Results.Ok() : Results.Unauthorized();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hook";
        return receiver;
    }

    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task<ReceivedWebhook> WaitAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (received.TryPeek(out var first)) return first;
            await Task.Delay(100);
        }
        throw new TimeoutException("No webhook arrived.");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
