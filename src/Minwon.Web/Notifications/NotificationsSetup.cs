using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Minwon.Web.Notifications;

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 25;
    public string From { get; set; } = "minwon@example.go.kr";
    public string FromName { get; set; } = "민원 서비스";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SmtpOptions>(config.GetSection("Smtp"));
        var smtpConfigured = !string.IsNullOrWhiteSpace(config["Smtp:Host"]);
        if (smtpConfigured) services.AddSingleton<IEmailSender, SmtpEmailSender>();
        else services.AddSingleton<IEmailSender, LoggingEmailSender>();
        services.AddSingleton<ISmsSender, LoggingSmsSender>();
        services.TryAddSingleton<IWebhookSender, UnconfiguredWebhookSender>();
        services.AddScoped<Notifier>();
        services.AddSingleton<NotificationSignal>();
        services.AddHostedService<NotificationDispatcher>();
        return services;
    }
}
