using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Minwon.Web.Tests.Infrastructure;

public sealed class SmtpTestServerTests
{
    [Fact]
    public async Task Receives_a_message_sent_with_MailKit()
    {
        await using var server = new SmtpTestServer();
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("민원 서비스", "minwon@test.example"));
        message.To.Add(new MailboxAddress("홍길동", "citizen@test.example"));
        message.Subject = "민원이 접수되었습니다 MW-2611-000123";
        // A line that starts with a dot must come back unchanged (dot-stuffing).
        message.Body = new TextPart("plain") { Text = "접수번호: MW-2611-000123\n.hidden dot line\n.\n끝" };

        using (var client = new SmtpClient())
        {
            await client.ConnectAsync(server.Host, server.Port, SecureSocketOptions.None);
            await client.SendAsync(message);
            await client.DisconnectAsync(quit: true);
        }

        var received = await server.WaitForMessageToAsync("citizen@test.example", TimeSpan.FromSeconds(5));
        Assert.Equal("민원이 접수되었습니다 MW-2611-000123", received.Subject);
        Assert.Equal("접수번호: MW-2611-000123\n.hidden dot line\n.\n끝", received.TextBody?.ReplaceLineEndings("\n").TrimEnd('\n'));
        var envelope = Assert.Single(server.Received);
        Assert.Equal("minwon@test.example", envelope.MailFrom);
        Assert.Equal(["citizen@test.example"], envelope.Recipients);
    }

    [Fact]
    public async Task Waits_for_a_message_that_arrives_later_and_times_out_otherwise()
    {
        await using var server = new SmtpTestServer();
        var waiting = server.WaitForMessageAsync(m => m.Subject == "second", TimeSpan.FromSeconds(10));

        using (var client = new SmtpClient())
        {
            await client.ConnectAsync(server.Host, server.Port, SecureSocketOptions.None);
            foreach (var subject in new[] { "first", "second" })
            {
                var message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse("a@test.example"));
                message.To.Add(MailboxAddress.Parse("b@test.example"));
                message.Subject = subject;
                message.Body = new TextPart("plain") { Text = subject };
                await client.SendAsync(message);
            }
            await client.DisconnectAsync(quit: true);
        }

        Assert.Equal("second", (await waiting).Subject);
        var timeout = await Assert.ThrowsAsync<TimeoutException>(
            () => server.WaitForMessageAsync(m => m.Subject == "never", TimeSpan.FromMilliseconds(200)));
        Assert.Contains("first", timeout.Message);
    }
}
