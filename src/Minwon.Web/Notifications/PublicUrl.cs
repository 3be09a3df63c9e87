namespace Minwon.Web.Notifications;

public static class PublicUrl
{
    /// <summary>An absolute link for a message that leaves the building: Institution:PublicUrl followed by <paramref name="path"/>.</summary>
    public static string PublicLink(this IConfiguration config, string path) =>
        (config["Institution:PublicUrl"] ?? "http://localhost:5080").TrimEnd('/') + path;
}
