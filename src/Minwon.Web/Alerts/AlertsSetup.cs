using System.Net.ServerSentEvents;
using Minwon.Web.Staff;

namespace Minwon.Web.Alerts;

public sealed record AlertMessage(long Id, string Kind, bool IsDrill, string Title, string Message, string? Link, DateTime CreatedAt)
{
    public static AlertMessage From(StaffAlert a) => new(a.Id, a.Kind.ToString(), a.IsDrill, a.Title, a.Message, a.Link, a.CreatedAt);
}

public static class AlertsSetup
{
    public static IServiceCollection AddStaffAlerts(this IServiceCollection services)
    {
        services.AddSingleton<StaffAlertFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<StaffAlertFeed>());
        services.AddScoped<StaffAlerts>();
        return services;
    }

    /// <summary>GET /staff/live: server-sent events that raise the alert banner on every open staff page.</summary>
    public static IEndpointRouteBuilder MapStaffAlerts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/staff/live", (StaffAlertFeed feed, CancellationToken ct) =>
                TypedResults.ServerSentEvents(Stream(feed, ct)))
            .RequireAuthorization(StaffPages.AnyStaffPolicy)
            .ExcludeFromDescription();
        return app;
    }

    static async IAsyncEnumerable<SseItem<AlertMessage>> Stream(StaffAlertFeed feed, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var alert in feed.SubscribeAsync(ct))
            yield return new SseItem<AlertMessage>(AlertMessage.From(alert), "alert") { EventId = alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }
}
