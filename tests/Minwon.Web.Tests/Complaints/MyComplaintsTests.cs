using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Complaints;

/// <summary>
/// "My complaints" opens with a one-time code sent to the contact the complaints were filed with: knowing someone's
/// phone number (and so its last four digits) is not enough, and asking tells nothing about whether they filed.
/// </summary>
public abstract partial class MyComplaintsTests(MinwonApp app) : IntegrationTest(app)
{
    const string Sent = "입력하신 연락처로 신청한 민원이 있으면 인증번호 6자리를 보냈습니다.";

    static string NewPhone() => $"010-{Random.Shared.Next(2000, 9999)}-{Random.Shared.Next(1000, 9999)}";

    async Task<string> FileWithAsync(string? email = null, string? phone = null)
    {
        await EnsureStaffAsync(App);
        var body = NewComplaint(await CategoryOfAsync(App, "ROAD"), email, phone ?? NewPhone());
        if (phone is null && email is not null) (body["phone"], body["password"]) = (null, "mail-only-2026");
        return await FileAsync(Client, body);
    }

    async Task<string> AskAsync(string contact) =>
        WebUtility.HtmlDecode(await (await PostFormAsync(Client, "/my", [new("Contact", contact)])).Content.ReadAsStringAsync());

    async Task<string> OpenAsync(string contact, string code) =>
        WebUtility.HtmlDecode(await (await PostFormAsync(Client, "/my", [new("Contact", contact), new("Code", code)], "/my?handler=Open")).Content.ReadAsStringAsync());

    /// <summary>The code of the latest "my complaints" text message to the phone, read from the outbox (no SMS gateway in tests).</summary>
    Task<string?> SmsCodeAsync(string phone) => App.ExecuteDbContextAsync(async db =>
    {
        var sms = await db.Outbox.AsNoTracking().Where(m => m.To == phone && m.Body.StartsWith("[나의 민원]"))
            .OrderByDescending(m => m.Id).Select(m => m.Body).FirstOrDefaultAsync();
        return sms is null ? null : SixDigits().Match(sms).Value;
    });

    [Fact]
    public async Task A_code_sent_by_mail_opens_the_list_of_that_contacts_complaints_once()
    {
        var email = $"my-{Guid.NewGuid():N}@test.example";
        var first = await FileWithAsync(email);
        var second = await FileWithAsync(email);
        var someoneElse = await FileWithAsync($"other-{Guid.NewGuid():N}@test.example");

        var asked = await AskAsync(email);
        Assert.Contains(Sent, asked);
        Assert.Contains("id=\"Code\"", asked);
        Assert.DoesNotContain(first, asked);

        var mail = await Mail.WaitForMessageToAsync(email, TimeSpan.FromSeconds(20), m => m.Subject == "[나의 민원] 인증번호");
        var code = SixDigits().Match(mail.TextBody ?? "").Value;
        var list = await OpenAsync(email, code);
        Assert.Contains("id=\"my-complaints\"", list);
        Assert.Contains(first, list);
        Assert.Contains(second, list);
        Assert.DoesNotContain(someoneElse, list);

        var again = await OpenAsync(email, code);
        Assert.DoesNotContain(first, again);
        Assert.Contains("인증번호가 만료되었습니다.", again);
    }

    [Fact]
    public async Task A_code_sent_by_text_message_opens_the_list()
    {
        var phone = NewPhone();
        var receipt = await FileWithAsync(phone: phone);

        Assert.Contains(Sent, await AskAsync(phone));
        var code = await SmsCodeAsync(phone);
        Assert.NotNull(code);
        Assert.Contains(receipt, await OpenAsync(phone, code!));
    }

    [Fact]
    public async Task The_answer_is_the_same_whether_or_not_anything_was_filed_and_nothing_is_sent_for_nothing()
    {
        var email = $"filed-{Guid.NewGuid():N}@test.example";
        await FileWithAsync(email);
        var nobody = $"nobody-{Guid.NewGuid():N}@test.example";

        var filed = Notice(await AskAsync(email));
        var notFiled = Notice(await AskAsync(nobody));

        Assert.Equal(filed, notFiled);
        Assert.Contains(Sent, filed);
        await Mail.WaitForMessageToAsync(email, TimeSpan.FromSeconds(20), m => m.Subject == "[나의 민원] 인증번호");
        Assert.DoesNotContain(Mail.Received, m => m.Recipients.Contains(nobody));
        Assert.False(await App.ExecuteDbContextAsync(db => db.Outbox.AnyAsync(m => m.To == nobody)));
        // and a guessed code for it is refused like any wrong code
        Assert.Contains("인증번호가 올바르지 않습니다.", await OpenAsync(nobody, "123456"));
    }

    [Fact]
    public async Task The_phone_number_and_its_last_four_digits_no_longer_list_anything()
    {
        var phone = NewPhone();
        var receipt = await FileWithAsync(phone: phone);

        var response = await PostFormAsync(Client, "/my", [new("Contact", phone), new("Verification", phone[^4..])]);

        Assert.DoesNotContain(receipt, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_codes_use_the_code_up()
    {
        var phone = NewPhone();
        var receipt = await FileWithAsync(phone: phone);
        await AskAsync(phone);
        var code = (await SmsCodeAsync(phone))!;
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 0; i < 4; i++) Assert.Contains("인증번호가 올바르지 않습니다.", await OpenAsync(phone, wrong));
        Assert.Contains("인증번호가 만료되었습니다.", await OpenAsync(phone, wrong));
        var late = await OpenAsync(phone, code);
        Assert.DoesNotContain(receipt, late);
        Assert.Contains("인증번호가 만료되었습니다.", late);
    }

    [Fact]
    public async Task Codes_for_one_contact_are_limited_per_hour_filed_or_not()
    {
        var filed = $"limit-{Guid.NewGuid():N}@test.example";
        await FileWithAsync(filed);
        var nobody = $"limit-nobody-{Guid.NewGuid():N}@test.example";
        foreach (var contact in new[] { filed, nobody })
        {
            for (var i = 0; i < 5; i++) Assert.Contains(Sent, await AskAsync(contact));
            var refused = await AskAsync(contact);
            Assert.DoesNotContain(Sent, refused);
            Assert.Contains("이 연락처로 인증번호를 너무 여러 번 요청했습니다.", refused);
        }
    }

    [Fact]
    public async Task The_answer_is_in_the_visitors_language()
    {
        var asked = WebUtility.HtmlDecode(await (await PostFormAsync(Client, "/my?culture=en", [new("Contact", $"en-{Guid.NewGuid():N}@test.example")])).Content.ReadAsStringAsync());
        Assert.Contains("If complaints were filed with this contact, a 6-digit code has been sent to it.", asked);
    }

    static string Notice(string html) => NoticeParagraph().Match(html).Groups[1].Value;

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();

    [GeneratedRegex("id=\"code-sent\"><p>([^<]*)</p>")]
    private static partial Regex NoticeParagraph();
}

[Collection(Collections.Sqlite)] public sealed class MyComplaintsSqliteTests(SqliteApp app) : MyComplaintsTests(app);
[Collection(Collections.Postgres)] public sealed class MyComplaintsPostgresTests(PostgresApp app) : MyComplaintsTests(app);
