using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Notifications;

/// <summary>Citizen mail over real SMTP: the receipt in the complaint's language, and the answer with the handler's public alias only.</summary>
public abstract class EmailNotificationTests(MinwonApp app) : IntegrationTest(app)
{
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    static string Text(MimeKit.MimeMessage m) => (m.TextBody ?? m.HtmlBody ?? "").ReplaceLineEndings("\n");

    [Fact]
    public async Task Filing_with_an_email_sends_the_Korean_receipt_mail()
    {
        await EnsureStaffAsync(App);
        var email = $"receipt-ko-{Guid.NewGuid():N}@test.example";
        var body = NewComplaint(await CategoryOfAsync(App, "ROAD"), email);

        var receipt = await FileAsync(Client, body);

        var mail = await Mail.WaitForMessageToAsync(email, Wait);
        Assert.Equal($"[민원 접수] {receipt}", mail.Subject);
        var text = Text(mail);
        Assert.Contains($"접수번호: {receipt}", text);
        // Nothing the filer wrote goes out in the office's name: anyone can file with any address.
        Assert.DoesNotContain((string)body["title"]!, text);
        Assert.Contains("직접 신청하지 않은 민원이라면", text);
        Assert.Contains($"/track?receipt={receipt}", text);
        Assert.Single(Mail.Received, m => m.Recipients.Contains(email));
    }

    [Fact]
    public async Task An_English_complaint_gets_the_English_receipt_mail()
    {
        await EnsureStaffAsync(App);
        var email = $"receipt-en-{Guid.NewGuid():N}@test.example";
        var body = NewComplaint(await CategoryOfAsync(App, "ROAD"), email, language: "en");
        body["title"] = "Broken street light";
        body["body"] = "The street light at the village entrance has been off for a week.";
        body["name"] = "Jane Doe";

        var receipt = await FileAsync(Client, body);

        var mail = await Mail.WaitForMessageToAsync(email, Wait);
        Assert.Equal($"[Complaint received] {receipt}", mail.Subject);
        var text = Text(mail);
        Assert.Contains("Your complaint has been received", text);
        Assert.Contains(receipt, text);
        Assert.DoesNotMatch(@"\p{IsHangulSyllables}", text);
    }

    [Fact]
    public async Task The_answer_mail_names_the_handler_by_public_alias_never_by_real_name()
    {
        await EnsureStaffAsync(App);
        var email = $"answer-{Guid.NewGuid():N}@test.example";
        var receipt = await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD"), email));
        await Mail.WaitForMessageToAsync(email, Wait);
        var officer = await App.ExecuteDbContextAsync(db => db.Users.AsNoTracking().FirstAsync(u => u.Email == Officer));
        Assert.False(string.IsNullOrWhiteSpace(officer.RealName));
        using var staff = await StaffClientAsync(App, Officer);

        var answer = await staff.PostAsJsonAsync($"/api/v1/staff/complaints/{ComplaintId(receipt)}/answer",
            new { text = "포트홀을 보수하였습니다. 불편을 드려 죄송합니다." });
        answer.EnsureSuccessStatusCode();

        var mail = await Mail.WaitForMessageToAsync(email, Wait, m => m.Subject == $"[민원 답변] {receipt}");
        var text = Text(mail);
        Assert.Contains(officer.PublicAlias, text);
        Assert.Contains("도로교통과", text);
        Assert.Contains("063-530-1200", text);
        Assert.Contains("포트홀을 보수하였습니다.", text);
        Assert.DoesNotContain(officer.RealName, text);
        Assert.DoesNotContain(officer.RealName, mail.Subject ?? "");
        Assert.DoesNotContain(officer.Email!, text);
    }
}

[Collection(Collections.Sqlite)]
public sealed class EmailNotificationSqliteTests(SqliteApp app) : EmailNotificationTests(app);

[Collection(Collections.Postgres)]
public sealed class EmailNotificationPostgresTests(PostgresApp app) : EmailNotificationTests(app);
