using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Data;
using Minwon.Web.Localization;

namespace Minwon.Web.Emergency;

public sealed record EmergencyPressed(long Id, DateTime CreatedAt, string Device, string Location);

/// <summary>POST /api/v1/emergency/press: the physical emergency button, authenticated by its device id and key.</summary>
public static class EmergencyApi
{
    public const string DeviceIdHeader = "X-Device-Id";
    public const string DeviceKeyHeader = "X-Device-Key";

    public static RouteGroupBuilder MapEmergencyApi(this RouteGroupBuilder api)
    {
        api.MapPost("/emergency/press", PressAsync)
            .WithTags("Emergency")
            .WithSummary("Ring the emergency bell from a registered physical button")
            .WithDescription($"Authenticate with the headers {DeviceIdHeader} (the device number) and {DeviceKeyHeader} (the key shown once " +
                "when the device was registered). Raises the alert on every open staff page and notifies the safety team and the police " +
                "liaison. A wrong key or a disabled device gets 401 and nothing is recorded.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowAnonymous();
        return api;
    }

    static async Task<Results<Created<EmergencyPressed>, ProblemHttpResult>> PressAsync(
        [FromHeader(Name = DeviceIdHeader)] string? deviceId, [FromHeader(Name = DeviceKeyHeader)] string? deviceKey,
        AppDbContext db, EmergencyBell bell, TimeProvider clock, IStringLocalizer<SharedResource> L, ILoggerFactory logs, HttpContext http, CancellationToken ct)
    {
        var device = await AuthenticateAsync(db, deviceId, deviceKey, ct);
        if (device is null)
        {
            logs.CreateLogger(typeof(EmergencyApi)).LogWarning("Emergency press refused: device {DeviceId} from {Address} (unknown, disabled or wrong key)",
                deviceId?.Length > 20 ? deviceId[..20] : deviceId, http.Connection.RemoteIpAddress);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: L["인증에 실패했습니다."].Value,
                detail: L["장치 번호와 장치 키를 확인해 주세요. 등록되지 않았거나 사용 중지된 장치는 비상벨을 울릴 수 없습니다."].Value);
        }
        device.LastPressedAt = clock.GetUtcNow().UtcDateTime;
        var alert = await bell.RingAsync(EmergencySource.Device, device.Name, device.Location, isDrill: false, device.Id, drillTitle: null, ct);
        return TypedResults.Created(EmergencyBell.PageOf(alert.Id), new EmergencyPressed(alert.Id, alert.CreatedAt, device.Name, device.Location));
    }

    static async Task<EmergencyDevice?> AuthenticateAsync(AppDbContext db, string? deviceId, string? key, CancellationToken ct)
    {
        if (!long.TryParse(deviceId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || string.IsNullOrEmpty(key) || key.Length > 200)
            return null;
        var device = await db.Set<EmergencyDevice>().FirstOrDefaultAsync(d => d.Id == id, ct);
        // Hash and compare even for an unknown device, so timing does not reveal which ids exist.
        var accepted = (device ?? Decoy).Accepts(key);
        return accepted && device is { Enabled: true } ? device : null;
    }

    static readonly EmergencyDevice Decoy = new() { Name = "", Location = "", KeyHash = new byte[32] };
}
