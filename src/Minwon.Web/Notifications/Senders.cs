using Minwon.Core.Privacy;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Minwon.Web.Notifications;

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}

public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken ct);
}

/// <summary>POSTs a JSON body to a webhook endpoint; throws when it is not accepted, so the outbox retries it.</summary>
public interface IWebhookSender
{
    Task SendAsync(string endpointName, string url, string json, CancellationToken ct);
}

/// <summary>Until a feature registers a real sender, a queued webhook stays in the outbox with this error.</summary>
public sealed class UnconfiguredWebhookSender : IWebhookSender
{
    public Task SendAsync(string endpointName, string url, string json, CancellationToken ct) =>
        throw new InvalidOperationException($"No webhook sender is configured for '{endpointName}'.");
}

public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var o = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync(o.Host, o.Port, SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}

/// <summary>
/// Used when no SMTP host is configured. The embedded demo (Development) writes the whole mail to the log so the flow can
/// be followed; anywhere else only the masked address and the subject are logged, never the text (answers, titles).
/// </summary>
public sealed class LoggingEmailSender(ILogger<LoggingEmailSender> log, IHostEnvironment env) : IEmailSender
{
    public Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        if (env.IsDevelopment()) log.LogInformation("Email (no SMTP host configured) to {To}: {Subject}\n{Body}", Masking.Email(to), subject, body);
        else log.LogWarning("Email not sent (no SMTP host configured) to {To}: {Subject}", Masking.Email(to), subject);
        return Task.CompletedTask;
    }
}

/// <summary>
/// No SMS gateway is contracted yet. The demo (Development) logs each message so the flow is visible end to end;
/// anywhere else only the masked number and the length are logged. The number is always masked.
/// </summary>
public sealed class LoggingSmsSender(ILogger<LoggingSmsSender> log, IHostEnvironment env) : ISmsSender
{
    public Task SendAsync(string phone, string text, CancellationToken ct)
    {
        if (env.IsDevelopment()) log.LogInformation("SMS to {Phone}: {Text}", Masking.Phone(phone), text);
        else log.LogWarning("SMS not sent (no gateway configured) to {Phone}, {Length} characters", Masking.Phone(phone), text.Length);
        return Task.CompletedTask;
    }
}
