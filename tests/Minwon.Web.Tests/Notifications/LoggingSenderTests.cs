using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minwon.Web.Notifications;

namespace Minwon.Web.Tests.Notifications;

/// <summary>
/// Without an SMTP host or an SMS gateway, messages go to the log: never with a whole phone number or address, and
/// outside the demo (Development) never with their text, which may carry a complaint's title or answer.
/// </summary>
public sealed class LoggingSenderTests
{
    const string Phone = "010-1234-5678";
    const string Email = "hong@example.com";
    const string Text = "[민원] MW-2612-000001 답변: 도로 보수를 마쳤습니다.";

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task Logged_messages_mask_the_recipient_and_outside_the_demo_leave_out_the_text(string environment)
    {
        var log = new ListLogger();
        await new LoggingSmsSender(log.For<LoggingSmsSender>(), new Env(environment)).SendAsync(Phone, Text, default);
        await new LoggingEmailSender(log.For<LoggingEmailSender>(), new Env(environment)).SendAsync(Email, "[민원] 답변 안내", Text, default);

        var all = string.Join("\n", log.Lines);
        Assert.Equal(2, log.Lines.Count);
        Assert.DoesNotContain("1234-5678", all);
        Assert.DoesNotContain(Email, all);
        Assert.Contains("5678", all);
        if (environment == "Production") Assert.DoesNotContain("도로 보수", all);
        else Assert.Contains("도로 보수", all);
    }

    sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Minwon.Web";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    sealed class ListLogger
    {
        public List<string> Lines { get; } = [];
        public ILogger<T> For<T>() => new Logger<T>(this);

        sealed class Logger<T>(ListLogger sink) : ILogger<T>
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                sink.Lines.Add(formatter(state, exception));
        }
    }
}
