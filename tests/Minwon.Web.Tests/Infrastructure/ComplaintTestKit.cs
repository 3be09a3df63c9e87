using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Seeding;
using Minwon.Web.Staff;

namespace Minwon.Web.Tests.Infrastructure;

/// <summary>
/// Helpers for lifecycle tests on a shared app: the demo staff seeded once per app, bearer tokens, filing through
/// the API, and the antiforgery token of a portal form.
/// </summary>
public static partial class ComplaintTestKit
{
    public const string Officer = "officer@minwon.local";          // 도로교통과 (ROAD)
    public const string Supervisor = "supervisor@minwon.local";
    public const string Safety = "safety@minwon.local";
    public const string Admin = "admin@minwon.local";
    static readonly SemaphoreSlim seeding = new(1, 1);

    /// <summary>Seeds the demo departments and staff (no complaints) unless the app already has them.</summary>
    public static async Task EnsureStaffAsync(MinwonApp app)
    {
        await seeding.WaitAsync();
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            if (await users.FindByEmailAsync(Officer) is not null) return;
            await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(complaintCount: 0);
        }
        finally
        {
            seeding.Release();
        }
    }

    /// <summary>Id of the first category of the department with the given code (ROAD, ENV, CIV, ...).</summary>
    public static Task<int> CategoryOfAsync(MinwonApp app, string departmentCode) =>
        app.ExecuteDbContextAsync(db => db.Categories.Where(c => c.Department!.Code == departmentCode).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    public static Task<int> DepartmentIdAsync(MinwonApp app, string departmentCode) =>
        app.ExecuteDbContextAsync(db => db.Departments.Where(d => d.Code == departmentCode).Select(d => d.Id).FirstAsync());

    /// <summary>A staff member's e-mail by role and department code (the first one seeded).</summary>
    public static Task<string> OfficerOfAsync(MinwonApp app, string departmentCode) =>
        app.ExecuteDbContextAsync(async db =>
        {
            var dept = await db.Departments.Where(d => d.Code == departmentCode).Select(d => d.Id).FirstAsync();
            var officerRole = await db.Roles.Where(r => r.Name == Roles.Officer).Select(r => r.Id).FirstAsync();
            var ids = await db.UserRoles.Where(r => r.RoleId == officerRole).Select(r => r.UserId).ToListAsync();
            return await db.Users.Where(u => u.DepartmentId == dept && ids.Contains(u.Id)).OrderBy(u => u.Email).Select(u => u.Email!).FirstAsync();
        });

    /// <summary>A client carrying a bearer token of the given staff member, from POST /api/v1/auth/token.</summary>
    public static async Task<HttpClient> StaffClientAsync(MinwonApp app, string email, string? language = null)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = DemoSeeder.Password });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Token for {email}: {(int)response.StatusCode} {text}");
        using var json = JsonDocument.Parse(text);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>A client signed in to the staff workspace with the demo password (cookie), following redirects.</summary>
    public static async Task<HttpClient> StaffCookieClientAsync(MinwonApp app, string email)
    {
        var client = app.CreateClient();
        var login = await PostFormAsync(client, "/staff/login", [new("Email", email), new("Password", DemoSeeder.Password)]);
        if (login.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/staff/login", StringComparison.Ordinal) != false)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)login.StatusCode}");
        return client;
    }

    /// <summary>A valid API request body; override fields with <paramref name="change"/>.</summary>
    public static Dictionary<string, object?> NewComplaint(int categoryId, string? email = null, string phone = "010-2345-6789", string? language = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["type"] = "Question",
            ["categoryId"] = categoryId,
            ["title"] = $"가로등 고장 신고 {Guid.NewGuid():N}"[..24],
            ["body"] = "마을 입구 가로등이 일주일째 꺼져 있어 밤길이 위험합니다. 확인 부탁드립니다.",
            ["name"] = "김영희",
            ["phone"] = phone,
            ["email"] = email,
            ["consent"] = true,
        };
        if (language is not null) body["language"] = language;
        return body;
    }

    /// <summary>Files through the API and returns the receipt number (asserting 201).</summary>
    public static async Task<string> FileAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/complaints", body);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 201) throw new InvalidOperationException($"Filing failed: {(int)response.StatusCode} {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("receiptNumber").GetString()!;
    }

    public static long ComplaintId(string receiptNumber) =>
        Minwon.Core.Complaints.ReceiptNumber.TryParse(receiptNumber, out var id, out _) ? id : throw new ArgumentException(receiptNumber);

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryInput().Match(html);
        if (!match.Success) throw new InvalidOperationException("No __RequestVerificationToken on the page.");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>GETs a page and POSTs its form (urlencoded) with the antiforgery token added.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var form = await client.GetStringAsync(page);
        var all = fields.Append(new("__RequestVerificationToken", AntiforgeryToken(form)));
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
