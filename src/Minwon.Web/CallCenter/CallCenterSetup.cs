using Minwon.Web.Staff;

namespace Minwon.Web.CallCenter;

public static class CallCenterSetup
{
    public static IServiceCollection AddCallCenter(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CallCenterOptions>(configuration.GetSection("CallCenter"));
        services.Configure<TelephonyOptions>(configuration.GetSection("Telephony"));
        services.AddScoped<CallCenterService>();
        services.AddScoped<CallIncidents>();
        services.AddScoped<CallWallboard>();
        services.AddScoped<Minwon.Web.Knowledge.KnowledgeBase>();
        services.AddScoped<Minwon.Web.Desk.DeskService>();
        services.AddSingleton<CallTimeLimitSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<CallTimeLimitSweep>());
        return services;
    }

    /// <summary>The telephony webhook (in the OpenAPI document) and the wallboard's live feed.</summary>
    public static WebApplication MapCallCenter(this WebApplication app)
    {
        app.MapGroup("/api/v1").MapTelephonyApi();
        app.MapGet("/staff/callcenter/wallboard/live", (IServiceScopeFactory scopes, IConfiguration config, CancellationToken ct) =>
                TypedResults.ServerSentEvents(CallWallboard.StreamAsync(scopes,
                    TimeSpan.FromMilliseconds(config.GetValue("CallCenter:WallboardPollMilliseconds", 2000)), ct)))
            .RequireAuthorization(StaffPages.CallCenterPolicy)
            .ExcludeFromDescription();
        return app;
    }
}
