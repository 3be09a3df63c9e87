using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Core.Complaints;
using Minwon.Web.Seeding;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Privacy;

/// <summary>
/// Staff real names stay inside the staff workspace: every page and API route a citizen can reach (found from the
/// endpoint table, not from a hand-kept list), the track/my/receipt pages and the API status of complaints handled by
/// known staff, the OpenAPI document and the citizen mail are searched for every RealName in the Users table.
/// A staff-only page is searched the same way as a control, so a check that cannot see names would fail.
/// </summary>
public abstract partial class RealNamePrivacyTests(MinwonApp app) : IntegrationTest(app)
{
    sealed record Seen(string What, string Body);

    /// <summary>What a reader sees: HTML entities and JSON \uXXXX escapes decoded, so an encoded name is still found.</summary>
    static string Readable(string body) =>
        System.Net.WebUtility.HtmlDecode(JsonEscape().Replace(body, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()));

    static List<string> Leaks(IEnumerable<Seen> seen, IReadOnlyList<string> names) =>
        seen.SelectMany(s => names.Where(n => Readable(s.Body).Contains(n, StringComparison.Ordinal)).Select(n => $"{n} in {s.What}")).ToList();

    static async Task<Seen> Read(string what, HttpResponseMessage response) => new($"{what} → {(int)response.StatusCode}", await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task No_staff_real_name_reaches_a_citizen()
    {
        await using var demo = await MinwonApp.StartAsync(App.Database, new MinwonAppOptions { SeedDemoData = true });
        var names = await demo.ExecuteDbContextAsync(db => db.Users.Select(u => u.RealName).ToListAsync());
        Assert.True(names.Count >= 20, $"expected the demo staff, found {names.Count}");
        Assert.All(names, n => Assert.True(n.Trim().Length >= 2, $"real name '{n}'"));

        // Fresh complaints with e-mail, handled by known staff over the API: answered, extended, transferred, closed.
        var citizen = demo.CreateClient();
        var road = await CategoryOfAsync(demo, "ROAD");
        var filed = new List<(string Receipt, string Email)>();
        foreach (var language in new[] { "ko", "en", "ko" })
        {
            var email = $"privacy-{language}-{Guid.NewGuid():N}@test.example";
            filed.Add((await FileAsync(citizen, NewComplaint(road, email, phone: "010-4444-1357", language: language)), email));
        }
        using (var officer = await StaffClientAsync(demo, Officer))
        {
            async Task Act(string receipt, string action, object body) =>
                (await officer.PostAsJsonAsync($"/api/v1/staff/complaints/{ComplaintId(receipt)}/{action}", body)).EnsureSuccessStatusCode();
            await Act(filed[0].Receipt, "assign", new { });
            await Act(filed[0].Receipt, "extend", new { days = 2, reason = "현장 확인" });
            await Act(filed[0].Receipt, "answer", new { text = "조치하였습니다." });
            await Act(filed[1].Receipt, "answer", new { text = "We fixed it." });
            await Act(filed[1].Receipt, "close", new { });
            await Act(filed[2].Receipt, "assign", new { });
            await Act(filed[2].Receipt, "transfer", new { departmentId = await DepartmentIdAsync(demo, "ENV"), reason = "소관 부서 이송" });
        }
        using (var env = await StaffClientAsync(demo, await OfficerOfAsync(demo, "ENV")))
            (await env.PostAsJsonAsync($"/api/v1/staff/complaints/{ComplaintId(filed[2].Receipt)}/answer", new { text = "환경위생과 답변" })).EnsureSuccessStatusCode();

        var handled = await demo.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking()
            .Where(c => c.AssigneeId != null || c.Answer != null)
            .OrderByDescending(c => c.Status == ComplaintStatus.Answered || c.Status == ComplaintStatus.Closed).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ReceivedAt, c.PhoneLast4, c.CitizenPhone, c.Status, c.Rating }).Take(60).ToListAsync());
        var answered = handled.Where(c => c.Status is ComplaintStatus.Answered or ComplaintStatus.Closed).ToList();
        Assert.True(answered.Count >= 20, $"expected answered demo complaints, found {answered.Count}");
        var sampleReceipt = ReceiptNumber.Format(answered[0].Id, answered[0].ReceivedAt);
        var sampleVerification = answered[0].PhoneLast4!;

        var seen = new List<Seen>();

        // 1. Every endpoint that needs no authorization, in Korean and in English.
        var endpoints = demo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .ToList();
        var patterns = endpoints.Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/')).ToHashSet();
        foreach (var expected in new[] { "/", "/complaints/new", "/complaints/receipt", "/track", "/my", "/directory", "/api/v1/complaints/{receiptNumber}", "/openapi/{documentName}.json" })
            Assert.Contains(expected, patterns);
        Assert.DoesNotContain("/staff/queue", patterns);       // the classification itself is checked:
        Assert.DoesNotContain("/api/v1/staff/queue", patterns); // staff routes are not "public"

        var requested = 0;
        foreach (var endpoint in endpoints)
        {
            var path = RouteParameter().Replace("/" + endpoint.RoutePattern.RawText?.TrimStart('/'), m => m.Groups[1].Value switch
            {
                "receiptNumber" => sampleReceipt,
                "documentName" => "v1",
                var other => throw new InvalidOperationException($"No value for route parameter {other} in {endpoint.RoutePattern.RawText}"),
            });
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var language in new[] { "ko", "en" })
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path + (path.Contains('?') ? "&" : "?") + "culture=" + language);
                request.Headers.Add("X-Verification", sampleVerification);
                if (method == "POST")
                    request.Content = JsonContent.Create(path switch
                    {
                        "/api/v1/complaints" => (object)NewComplaint(road, $"privacy-any-{Guid.NewGuid():N}@test.example", language: language),
                        "/api/v1/auth/token" => new { email = "staff19@minwon.local", password = "wrong-password" },
                        _ => new { rating = 5, comment = "감사합니다" },
                    });
                seen.Add(await Read($"{method} {path} ({language})", await citizen.SendAsync(request)));
                requested++;
            }
        }
        Assert.True(requested >= 20, $"only {requested} public requests");

        // 2. The verified views of complaints handled by known staff: track page, receipt page, API status, my complaints.
        var tokenPage = await citizen.GetStringAsync("/track");
        var token = AntiforgeryToken(tokenPage);
        var verified = handled.Select(h => (Receipt: ReceiptNumber.Format(h.Id, h.ReceivedAt), Last4: h.PhoneLast4!))
            .Concat(filed.Select(f => (f.Receipt, Last4: "1357"))).Distinct().ToList();
        foreach (var (receipt, last4) in verified)
        {
            var track = await citizen.PostAsync("/track", new FormUrlEncodedContent([new("Receipt", receipt), new("Verification", last4), new("__RequestVerificationToken", token)]));
            var trackSeen = await Read($"POST /track {receipt}", track);
            Assert.Contains(receipt, trackSeen.Body);
            seen.Add(trackSeen);
            seen.Add(await Read($"GET /complaints/receipt {receipt}", await citizen.GetAsync($"/complaints/receipt?no={receipt}")));
            using var status = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/complaints/{receipt}?culture=en");
            status.Headers.Add("X-Verification", last4);
            var statusSeen = await Read($"GET status {receipt}", await citizen.SendAsync(status));
            Assert.Contains(receipt, statusSeen.Body);
            seen.Add(statusSeen);
        }
        foreach (var phone in handled.Select(h => h.CitizenPhone!).Distinct().Take(15))
        {
            // my complaints: the code sent by text message (read from the outbox) opens the list
            seen.Add(await Read($"POST /my {phone}", await citizen.PostAsync("/my",
                new FormUrlEncodedContent([new("Contact", phone), new("__RequestVerificationToken", token)]))));
            var sms = await demo.ExecuteDbContextAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == phone && m.Body.StartsWith("[나의 민원]"))
                .OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync());
            var list = await Read($"POST /my?handler=Open {phone}", await citizen.PostAsync("/my?handler=Open",
                new FormUrlEncodedContent([new("Contact", phone), new("Code", Regex.Match(sms, @"\d{6}").Value), new("__RequestVerificationToken", token)])));
            Assert.Contains("id=\"my-complaints\"", list.Body);
            seen.Add(list);
        }

        // 3. The citizen mail: receipts, extension, transfer, answers, closing.
        foreach (var (receipt, email) in filed)
            await demo.Smtp.WaitForMessageToAsync(email, TimeSpan.FromSeconds(20), m => (m.Subject ?? "").Contains("답변") || (m.Subject ?? "").Contains("answer", StringComparison.OrdinalIgnoreCase));
        await demo.Smtp.WaitForMessageToAsync(filed[1].Email, TimeSpan.FromSeconds(20), m => (m.Subject ?? "").Contains(filed[1].Receipt) && !(m.Subject ?? "").Contains("Complaint received") && !(m.Subject ?? "").Contains("answer", StringComparison.OrdinalIgnoreCase));
        var mails = demo.Smtp.Received;
        Assert.True(mails.Count >= 9, $"expected receipt, extension, transfer, answer and closing mail, got {mails.Count}");
        seen.AddRange(mails.Select(m => new Seen($"mail to {string.Join(",", m.Recipients)}: {m.Message.Subject}",
            $"{m.Message.Subject}\n{m.Message.From}\n{m.Message.TextBody}\n{m.Message.HtmlBody}")));

        // Answered complaints really show an alias where a name could have leaked.
        Assert.Contains(seen, s => s.What.StartsWith("POST /track") && s.Body.Contains("담당자 "));

        Assert.Empty(Leaks(seen, names));

        // Control: the same check on a staff-only page finds the names, so the search above could have found them.
        var staff = demo.CreateClient();
        var login = await PostFormAsync(staff, "/staff/login", [new("Email", Supervisor), new("Password", DemoSeeder.Password)]);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var assigned = handled.First(h => h.Status == ComplaintStatus.Assigned || h.Status == ComplaintStatus.Answered);
        var control = await Read("staff complaint page", await staff.GetAsync($"/staff/complaints/{assigned.Id}"));
        Assert.True(control.What.EndsWith("200"), control.What);
        Assert.NotEmpty(Leaks([control], names));
        // ...and the JSON unescaping works: a staff API response's escaped Korean citizen name is found.
        using var api = await StaffClientAsync(demo, Supervisor);
        var staffJson = await Read("staff API", await api.GetAsync($"/api/v1/staff/complaints/{ComplaintId(filed[0].Receipt)}"));
        Assert.Contains("김영희", Readable(staffJson.Body));
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\??\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex JsonEscape();
}

[Collection(Collections.Sqlite)]
public sealed class RealNamePrivacySqliteTests(SqliteApp app) : RealNamePrivacyTests(app);

[Collection(Collections.Postgres)]
public sealed class RealNamePrivacyPostgresTests(PostgresApp app) : RealNamePrivacyTests(app);
