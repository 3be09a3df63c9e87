using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Minwon.Web.Tests.Infrastructure;

/// <summary>A message as the server received it: the envelope plus the parsed MIME message.</summary>
public sealed record ReceivedMail(string MailFrom, IReadOnlyList<string> Recipients, MimeMessage Message);

/// <summary>
/// A real, minimal SMTP server on 127.0.0.1 and a free port (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS,
/// no AUTH), so the app's mail travels over a socket exactly as in production and tests assert on what arrived.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    const int MaxLineLength = 64 * 1024;
    readonly TcpListener listener;
    readonly CancellationTokenSource stopping = new();
    readonly Task acceptLoop;
    readonly Lock gate = new();
    readonly List<ReceivedMail> received = [];
    readonly List<(Func<ReceivedMail, bool> Match, TaskCompletionSource<ReceivedMail> Done)> waiters = [];

    public SmtpTestServer()
    {
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        acceptLoop = AcceptLoopAsync();
    }

    public string Host => "127.0.0.1";
    public int Port { get; }

    /// <summary>Everything received so far, oldest first.</summary>
    public IReadOnlyList<ReceivedMail> Received
    {
        get { lock (gate) return received.ToArray(); }
    }

    /// <summary>The first message (already received or still to come) that matches, or a TimeoutException listing what did arrive.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, TimeSpan timeout) =>
        (await WaitForMailAsync(m => match(m.Message), timeout)).Message;

    /// <summary>The first message sent to <paramref name="recipient"/> (envelope or To header) that matches.</summary>
    public Task<MimeMessage> WaitForMessageToAsync(string recipient, TimeSpan timeout, Func<MimeMessage, bool>? match = null) =>
        WaitForMessageAsync(m => IsAddressedTo(m, recipient) && (match is null || match(m)), timeout);

    public async Task<ReceivedMail> WaitForMailAsync(Func<ReceivedMail, bool> match, TimeSpan timeout)
    {
        TaskCompletionSource<ReceivedMail> done;
        lock (gate)
        {
            var existing = received.FirstOrDefault(match);
            if (existing is not null) return existing;
            done = new TaskCompletionSource<ReceivedMail>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, done));
        }
        try
        {
            return await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (gate) waiters.RemoveAll(w => w.Done == done);
            var seen = Received.Select(m => $"  to {string.Join(", ", m.Recipients)}: {m.Message.Subject}");
            throw new TimeoutException(
                $"No matching mail arrived at the test SMTP server within {timeout.TotalSeconds:0.#} s. Received {Received.Count}:\n" +
                string.Join('\n', seen));
        }
    }

    public static bool IsAddressedTo(MimeMessage message, string address) =>
        message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes)
            .Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await acceptLoop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
        stopping.Dispose();
    }

    async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var reader = new LineReader(stream);
            await WriteAsync(stream, "220 localhost Minwon test SMTP ready");
            string? from = null;
            var recipients = new List<string>();
            while (!stopping.IsCancellationRequested)
            {
                var line = await reader.ReadLineAsync(stopping.Token);
                if (line is null) return;
                var text = Encoding.UTF8.GetString(line);
                var verb = (text.Length >= 4 ? text[..4] : text).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await WriteAsync(stream, "250-localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 104857600");
                        break;
                    case "HELO":
                        await WriteAsync(stream, "250 localhost");
                        break;
                    case "MAIL" when text.StartsWith("MAIL FROM:", StringComparison.OrdinalIgnoreCase):
                        from = Address(text["MAIL FROM:".Length..]);
                        recipients.Clear();
                        await WriteAsync(stream, "250 2.1.0 OK");
                        break;
                    case "RCPT" when text.StartsWith("RCPT TO:", StringComparison.OrdinalIgnoreCase):
                        if (from is null) { await WriteAsync(stream, "503 5.5.1 MAIL first"); break; }
                        recipients.Add(Address(text["RCPT TO:".Length..]));
                        await WriteAsync(stream, "250 2.1.5 OK");
                        break;
                    case "DATA":
                        if (from is null || recipients.Count == 0) { await WriteAsync(stream, "503 5.5.1 MAIL and RCPT first"); break; }
                        await WriteAsync(stream, "354 End data with <CR><LF>.<CR><LF>");
                        var content = await ReadDataAsync(reader);
                        if (content is null) return;
                        var message = await MimeMessage.LoadAsync(new MemoryStream(content));
                        Add(new ReceivedMail(from, recipients.ToArray(), message));
                        from = null;
                        recipients.Clear();
                        await WriteAsync(stream, "250 2.0.0 OK queued");
                        break;
                    case "RSET":
                        from = null;
                        recipients.Clear();
                        await WriteAsync(stream, "250 2.0.0 OK");
                        break;
                    case "NOOP":
                        await WriteAsync(stream, "250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await WriteAsync(stream, "221 2.0.0 Bye");
                        return;
                    default:
                        await WriteAsync(stream, "502 5.5.2 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up or the server is stopping.
        }
    }

    /// <summary>Reads DATA up to the lone "." line, undoing dot-stuffing; null when the client hangs up.</summary>
    static async Task<byte[]?> ReadDataAsync(LineReader reader)
    {
        using var content = new MemoryStream();
        while (true)
        {
            var line = await reader.ReadLineAsync(CancellationToken.None);
            if (line is null) return null;
            if (line.Length == 1 && line[0] == (byte)'.') return content.ToArray();
            var start = line.Length > 0 && line[0] == (byte)'.' ? 1 : 0;
            content.Write(line, start, line.Length - start);
            content.Write("\r\n"u8);
        }
    }

    /// <summary>"&lt;a@b&gt; BODY=8BITMIME" → "a@b".</summary>
    static string Address(string argument)
    {
        var text = argument.Trim();
        var open = text.IndexOf('<');
        var close = text.IndexOf('>', open + 1);
        return open >= 0 && close > open ? text[(open + 1)..close] : text.Split(' ')[0];
    }

    void Add(ReceivedMail mail)
    {
        List<TaskCompletionSource<ReceivedMail>> matched;
        lock (gate)
        {
            received.Add(mail);
            matched = waiters.Where(w => w.Match(mail)).Select(w => w.Done).ToList();
            waiters.RemoveAll(w => matched.Contains(w.Done));
        }
        foreach (var done in matched) done.TrySetResult(mail);
    }

    static Task WriteAsync(NetworkStream stream, string reply) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n")).AsTask();

    /// <summary>Reads CRLF-terminated lines as raw bytes (message bodies may be 8-bit).</summary>
    sealed class LineReader(Stream stream)
    {
        readonly byte[] buffer = new byte[8192];
        int start, end;

        public async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
        {
            using var line = new MemoryStream();
            while (true)
            {
                if (start == end)
                {
                    start = 0;
                    end = await stream.ReadAsync(buffer, cancellationToken);
                    if (end == 0) return null;
                }
                var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
                if (newline < 0)
                {
                    line.Write(buffer, start, end - start);
                    start = end;
                    if (line.Length > MaxLineLength) throw new IOException("SMTP line too long.");
                    continue;
                }
                line.Write(buffer, start, newline - start);
                start = newline + 1;
                var bytes = line.ToArray();
                return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
            }
        }
    }
}
