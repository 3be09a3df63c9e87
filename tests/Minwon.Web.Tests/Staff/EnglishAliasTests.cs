using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Staff;

/// <summary>
/// An English complaint: the answer mail and the English tracking page name the handler "Officer R-…", not
/// "담당자 R-…"; the Korean page and the stored data keep the alias as stored.
/// </summary>
public abstract class EnglishAliasTests(MinwonApp app) : IntegrationTest(app)
{
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task English_mail_and_English_tracking_page_say_Officer()
    {
        await EnsureStaffAsync(App);
        var officer = await App.ExecuteDbContextAsync(db => db.Users.AsNoTracking().FirstAsync(u => u.Email == Officer));
        Assert.StartsWith("담당자 ", officer.PublicAlias);
        var english = "Officer " + officer.PublicAlias["담당자 ".Length..];
        var email = $"alias-en-{Guid.NewGuid():N}@test.example";
        var body = NewComplaint(await CategoryOfAsync(App, "ROAD"), email, phone: "010-3456-4321", language: "en");
        body["title"] = "Pothole on the main road";
        body["body"] = "There is a deep pothole in front of the post office.";
        body["name"] = "Jane Doe";
        var receipt = await FileAsync(Client, body);
        using var staff = await StaffClientAsync(App, Officer);

        var answer = await staff.PostAsJsonAsync($"/api/v1/staff/complaints/{ComplaintId(receipt)}/answer",
            new { text = "The pothole has been repaired. We are sorry for the trouble." });
        answer.EnsureSuccessStatusCode();

        var mail = await Mail.WaitForMessageToAsync(email, Wait, m => m.Subject == $"[Complaint answered] {receipt}");
        var text = (mail.TextBody ?? mail.HtmlBody ?? "").ReplaceLineEndings("\n");
        Assert.Contains(english, text);
        Assert.DoesNotContain("담당자", text);

        var page = await (await PostFormAsync(Client, "/track?culture=en", [new("Receipt", receipt), new("Verification", "4321")])).Content.ReadAsStringAsync();
        Assert.Contains(english, page);
        Assert.DoesNotContain(officer.PublicAlias, page);

        var korean = await (await PostFormAsync(Client, "/track?culture=ko", [new("Receipt", receipt), new("Verification", "4321")])).Content.ReadAsStringAsync();
        Assert.Contains(officer.PublicAlias, korean);
        Assert.DoesNotContain(english, korean);

        var id = ComplaintId(receipt);
        Assert.Equal(officer.PublicAlias, await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.Id == id).Select(c => c.AnsweredByAlias).SingleAsync()));
    }
}

[Collection(Collections.Sqlite)]
public sealed class EnglishAliasSqliteTests(SqliteApp app) : EnglishAliasTests(app);

[Collection(Collections.Postgres)]
public sealed class EnglishAliasPostgresTests(PostgresApp app) : EnglishAliasTests(app);
