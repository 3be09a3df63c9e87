using System.Net;
using System.Text.Json;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.CallCenter.TelephonyTestKit;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.CallCenter;

/// <summary>The wallboard's live feed counts a call ended under the policy and its warnings as they happen.</summary>
public abstract class WallboardTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_live_wallboard_counts_a_call_its_warnings_and_its_ending_under_the_policy()
    {
        await EnsureStaffAsync(App);
        using var agent = await StaffCookieClientAsync(App, Agent);
        using var live = await agent.GetAsync("/staff/callcenter/wallboard/live", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", live.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await live.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var before = await NextStatsAsync(reader, timeout.Token);

        var callId = await StartCallAsync(App, Client, RandomMobile(), "rec://wallboard");
        var page = $"/staff/callcenter/calls/{callId}";
        await PostFormAsync(agent, page, [new("Language", "ko")], page + "?handler=Warn");
        await PostFormAsync(agent, page, [new("Language", "ko")], page + "?handler=Warn");
        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(agent, page, [], page + "?handler=EndPolicy")).StatusCode);

        JsonElement after;
        do after = await NextStatsAsync(reader, timeout.Token);
        while (after.GetProperty("endedUnderPolicyToday").GetInt32() < before.GetProperty("endedUnderPolicyToday").GetInt32() + 1);
        Assert.Equal(before.GetProperty("callsToday").GetInt32() + 1, after.GetProperty("callsToday").GetInt32());
        Assert.Equal(before.GetProperty("warningsToday").GetInt32() + 2, after.GetProperty("warningsToday").GetInt32());
        Assert.Equal(24, after.GetProperty("callsByHour").GetArrayLength());

        var board = await agent.GetStringAsync("/staff/callcenter/wallboard");
        Assert.Contains($"data-stat=\"endedUnderPolicyToday\">{after.GetProperty("endedUnderPolicyToday").GetInt32()}<", board);
        Assert.Contains("id=\"calls-by-hour\"", board);
        using var officer = await StaffCookieClientAsync(App, Officer);
        Assert.Equal("/staff/denied", (await officer.GetAsync("/staff/callcenter/wallboard")).RequestMessage!.RequestUri!.AbsolutePath);
    }

    static async Task<JsonElement> NextStatsAsync(StreamReader reader, CancellationToken ct)
    {
        var isStats = false;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line == "event: stats") isStats = true;
            else if (isStats && line.StartsWith("data:", StringComparison.Ordinal)) return JsonDocument.Parse(line[5..]).RootElement.Clone();
        }
        throw new InvalidOperationException("The wallboard stream ended.");
    }
}

[Collection(Collections.Sqlite)] public sealed class WallboardSqliteTests(SqliteApp app) : WallboardTests(app);
[Collection(Collections.Postgres)] public sealed class WallboardPostgresTests(PostgresApp app) : WallboardTests(app);
