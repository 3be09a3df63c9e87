using System.Net.ServerSentEvents;
using Microsoft.Extensions.Localization;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Alerts;

public sealed record AlertMessage(long Id, string Kind, bool IsDrill, string Title, string Message, string? Link, DateTime CreatedAt)
{
    public static AlertMessage From(StaffAlert a, IStringLocalizer L) => new(a.Id, a.Kind.ToString(), a.IsDrill, a.TitleIn(L), a.MessageIn(L), a.Link, a.CreatedAt);
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

    /// <summary>
    /// GET /staff/live: server-sent events that raise the alert banner on every open staff page. A new connection first
    /// gets a "ready" event and the alerts still open (or, when reconnecting, those after Last-Event-ID), then new ones.
    /// </summary>
    public static IEndpointRouteBuilder MapStaffAlerts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/staff/live", (HttpRequest request, StaffAlertFeed feed, IServiceScopeFactory scopes, IStringLocalizer<SharedResource> L, CancellationToken ct) =>
                TypedResults.ServerSentEvents(Stream(feed, scopes, LastEventId(request), L, ct)))
            .RequireAuthorization(StaffPages.AnyStaffPolicy)
            .ExcludeFromDescription();
        return app;
    }

    static long? LastEventId(HttpRequest request) =>
        long.TryParse(request.Headers["Last-Event-ID"], out var id) ? id : null;

    static async IAsyncEnumerable<SseItem<AlertMessage?>> Stream(StaffAlertFeed feed, IServiceScopeFactory scopes, long? lastEventId,
        IStringLocalizer L, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        // Subscribe before reading what is open, so nothing raised in between is missed; ids already sent are skipped.
        using var subscription = feed.Subscribe();
        yield return new SseItem<AlertMessage?>(null, "ready");
        var sent = new HashSet<long>();
        List<StaffAlert> backlog;
        await using (var scope = scopes.CreateAsyncScope())
            backlog = await scope.ServiceProvider.GetRequiredService<StaffAlerts>().BacklogAsync(lastEventId, ct);
        foreach (var alert in backlog)
            if (sent.Add(alert.Id)) yield return Item(alert, L);
        await foreach (var alert in subscription.Reader.ReadAllAsync(ct))
            if (sent.Add(alert.Id)) yield return Item(alert, L);
    }

    static SseItem<AlertMessage?> Item(StaffAlert alert, IStringLocalizer L) =>
        new(AlertMessage.From(alert, L), "alert") { EventId = alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
