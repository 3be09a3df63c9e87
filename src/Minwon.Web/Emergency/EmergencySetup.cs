using Minwon.Web.Alerts;
using Minwon.Web.Notifications;

namespace Minwon.Web.Emergency;

public static class EmergencySetup
{
    public static IServiceCollection AddEmergency(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<EmergencyOptions>(config.GetSection("Emergency"));
        services.AddHttpClient(nameof(SignedWebhookSender), c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<IWebhookSender, SignedWebhookSender>();
        services.AddScoped<EmergencyBell>();
        services.AddScoped<IStaffAlertResponseHook, EmergencyAlertSync>();
        services.AddScoped<Drills>();
        services.AddScoped<ContactChecks>();
        services.AddSingleton<DrillAutoStart>();
        services.AddHostedService(sp => sp.GetRequiredService<DrillAutoStart>());
        return services;
    }

    public static WebApplication MapEmergency(this WebApplication app)
    {
        app.MapGroup("/api/v1").MapEmergencyApi();
        app.MapGroup("/api/v1/staff").RequireAuthorization(Incidents.IncidentsSetup.ApiPolicy).MapContactChecksApi();
        app.MapGet("/staff/protection/drills/{id:long}/report.pdf", Drills.ReportPdfAsync)
            .RequireAuthorization(Staff.StaffPages.ProtectionPolicy).ExcludeFromDescription();
        return app;
    }
}
