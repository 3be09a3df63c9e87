using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Minwon.Bench.Load;

/// <summary>
/// Staff queue timings through GET /api/v1/staff/queue with a bearer token: the first page, a department page,
/// a filtered page, and pages deep into the keyset. Server time comes from the Server-Timing header (app;dur=ms).
/// </summary>
static class QueueBench
{
    public static async Task<int> RunAsync(Options o)
    {
        var url = o.LoopbackUrl();
        var email = o.Get("email", "supervisor@minwon.local");
        var password = o.Get("password", "Minwon-demo-2026");
        var department = o.Int("department", 2);
        var repeat = o.Int("repeat", 50);
        var deepPages = o.Int("deep-pages", 500);

        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, email, password));
        Console.WriteLine($"queue: GET {new Uri(url, "/api/v1/staff/queue")} as {email}; {repeat} requests per case after 5 warm-up, page size 50");
        Console.WriteLine($"{"case",-44} {"n",5}  server (Server-Timing app;dur)        client");
        foreach (var (name, query) in new[]
        {
            ("first page, all departments (open)", ""),
            ($"first page, department {department} (open)", $"departmentId={department}"),
            ($"filtered: dept {department}, Received, Question", $"departmentId={department}&status=Received&type=Question"),
        })
        {
            for (var i = 0; i < 5; i++) await GetAsync(http, query);
            var server = new List<double>(); var client = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                var r = await GetAsync(http, query);
                server.Add(r.ServerMs); client.Add(r.ClientMs);
            }
            Report(name, server, client);
        }

        // Art. 24: the similar complaints of the department's first open complaint (what its page shows).
        var first = (await GetAsync(http, $"departmentId={department}")).FirstId;
        if (first is long id)
        {
            var similar = $"/api/v1/staff/complaints/{id}/similar";
            for (var i = 0; i < 5; i++) await GetAsync(http, similar, raw: true);
            var server = new List<double>(); var client = new List<double>();
            for (var i = 0; i < repeat; i++)
            {
                var r = await GetAsync(http, similar, raw: true);
                server.Add(r.ServerMs); client.Add(r.ClientMs);
            }
            Report($"similar complaints, dept {department} (Art. 24)", server, client);
        }

        // Follow nextCursor through the department's open queue, then the whole open queue, as deep as it goes (bounded).
        foreach (var (name, query) in new[] { ($"deep keyset, department {department}", $"departmentId={department}"), ("deep keyset, all departments", "") })
        {
            var server = new List<double>(); var client = new List<double>();
            string? cursor = null;
            var pages = 0;
            double lastServer = 0;
            do
            {
                var r = await GetAsync(http, cursor is null ? query : $"{query}&cursor={Uri.EscapeDataString(cursor)}");
                server.Add(r.ServerMs); client.Add(r.ClientMs);
                lastServer = r.ServerMs;
                cursor = r.NextCursor;
            } while (cursor is not null && ++pages < deepPages);
            Report($"{name}: {server.Count} pages (row {server.Count * 50:N0})", server, client);
            Console.WriteLine($"{"",44}        deepest page server {lastServer:0.00} ms");
        }
        return 0;
    }

    /// <summary>The token, with two retries: on a busy machine the first request after a start can time out.</summary>
    static async Task<string> TokenAsync(HttpClient http, string email, string password)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
            var text = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
            {
                using var json = JsonDocument.Parse(text);
                return json.RootElement.GetProperty("accessToken").GetString()!;
            }
            if (attempt == 3) throw new ArgumentException($"Token request failed: HTTP {(int)response.StatusCode} {text}");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    static void Report(string name, List<double> server, List<double> client) =>
        Console.WriteLine($"{name,-44} {server.Count,5}  {Short(server)}   {Short(client)}");

    static string Short(List<double> v)
    {
        v.Sort();
        return $"p50 {Stats.Percentile(v, 50),7:0.00} p99 {Stats.Percentile(v, 99),7:0.00} ms";
    }

    sealed record PageResult(double ServerMs, double ClientMs, string? NextCursor, long? FirstId);

    /// <summary>A queue page by its query string, or (<paramref name="raw"/>) any staff API path.</summary>
    static async Task<PageResult> GetAsync(HttpClient http, string query, bool raw = false)
    {
        var t0 = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(raw ? query : "/api/v1/staff/queue" + (query.Length > 0 ? "?" + query.TrimStart('&') : ""));
        var body = await response.Content.ReadAsByteArrayAsync();
        var client = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
            throw new ArgumentException($"Queue request failed: HTTP {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        var server = double.NaN;
        if (response.Headers.TryGetValues("Server-Timing", out var values))
            foreach (var part in string.Join(",", values).Split(',', ';'))
                if (part.Trim().StartsWith("dur=", StringComparison.Ordinal))
                    server = double.Parse(part.Trim()[4..], CultureInfo.InvariantCulture);
        using var json = JsonDocument.Parse(body);
        if (raw) return new PageResult(server, client, null, null);
        var next = json.RootElement.TryGetProperty("nextCursor", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var items = json.RootElement.GetProperty("items");
        return new PageResult(server, client, next, items.GetArrayLength() > 0 ? items[0].GetProperty("id").GetInt64() : null);
    }
}
