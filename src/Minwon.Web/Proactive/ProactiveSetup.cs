namespace Minwon.Web.Proactive;

public static class ProactiveSetup
{
    public static IServiceCollection AddProactive(this IServiceCollection services)
    {
        services.AddScoped<RecommendationService>();
        services.AddScoped<CommitteeService>();
        services.AddScoped<VoteService>();
        services.AddScoped<TrainingService>();
        return services;
    }

    public static WebApplication MapProactive(this WebApplication app)
    {
        app.MapProactiveApi();
        return app;
    }
}
