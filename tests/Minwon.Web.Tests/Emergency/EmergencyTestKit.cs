using Microsoft.EntityFrameworkCore;
using Minwon.Web.Emergency;
using Minwon.Web.Seeding;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Emergency;

public static class EmergencyTestKit
{
    public const string Agent = "agent@minwon.local";

    /// <summary>Registers a device straight in the database and returns its id and key.</summary>
    public static async Task<(long Id, string Key)> AddDeviceAsync(MinwonApp app, string location, bool enabled = true)
    {
        var key = EmergencyDevice.NewKey();
        var device = new EmergencyDevice { Name = $"데스크 비상벨 {Guid.NewGuid():N}"[..14], Location = location, KeyHash = EmergencyDevice.Hash(key), Enabled = enabled };
        await app.ExecuteDbContextAsync(async db => { db.Add(device); await db.SaveChangesAsync(); });
        return (device.Id, key);
    }

    public static Task<HttpResponseMessage> PressAsync(HttpClient client, long id, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/emergency/press");
        request.Headers.Add("X-Device-Id", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Device-Key", key);
        return client.SendAsync(request);
    }

    public static Task<int> EmergencyCountAsync(MinwonApp app) => app.ExecuteDbContextAsync(db => db.Set<EmergencyAlert>().CountAsync());
}
