using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Complaints;

/// <summary>The citizen portal through plain HTTP forms (no JavaScript), with antiforgery tokens as a browser sends them.</summary>
public abstract class PortalTests(MinwonApp app) : IntegrationTest(app)
{
    // The smallest valid PNG: signature, IHDR 1×1, IDAT, IEND.
    static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    async Task<MultipartFormDataContent> FormAsync(string title, params (string Name, byte[] Data)[] files)
    {
        var page = await Client.GetAsync("/complaints/new");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var category = await CategoryOfAsync(App, "ROAD");
        Assert.Contains($"value=\"{category}\"", html);
        var form = new MultipartFormDataContent
        {
            { new StringContent(AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent("Question"), "Input.Type" },
            { new StringContent(category.ToString()), "Input.CategoryId" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("버스정류장 지붕이 파손되어 비가 새고 있습니다. 사진을 첨부합니다."), "Input.Body" },
            { new StringContent("이철수"), "Input.Name" },
            { new StringContent("010-8765-2468"), "Input.Phone" },
            { new StringContent("true"), "Input.Consent" },
        };
        foreach (var (name, data) in files)
        {
            var file = new ByteArrayContent(data);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "Attachments", name);
        }
        return form;
    }

    static string NewTitle() => $"정류장 지붕 파손 {Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task The_track_page_links_my_complaints_inside_its_sentence_in_both_languages()
    {
        var korean = await Client.GetStringAsync("/track?culture=ko");
        Assert.Contains("접수번호를 모르시면 <a href=\"/my\">나의 민원</a>에서 연락처로 찾을 수 있습니다.", System.Net.WebUtility.HtmlDecode(korean));
        var english = System.Net.WebUtility.HtmlDecode(await Client.GetStringAsync("/track?culture=en"));
        Assert.Contains("Find your complaints by phone or email on <a href=\"/my\">My complaints</a>.", english);
        Assert.DoesNotContain("My complaints. <a", english);
    }

    [Fact]
    public async Task Filing_with_an_image_shows_the_receipt_and_stores_the_attachment()
    {
        await EnsureStaffAsync(App);
        var title = NewTitle();

        var response = await Client.PostAsync("/complaints/new", await FormAsync(title, ("정류장.png", Png)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/complaints/receipt", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync();
        var stored = await App.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking().Include(c => c.Attachments).SingleAsync(c => c.Title == title));
        Assert.Matches(@"^MW-\d{4}-\d{6}$", stored.ReceiptNumber);
        Assert.Contains(stored.ReceiptNumber, html);
        Assert.Contains("도로교통과", html);
        var attachment = Assert.Single(stored.Attachments);
        Assert.Equal("image/png", attachment.ContentType);
        Assert.Equal(Png.Length, attachment.Size);
        Assert.Equal("정류장.png", attachment.FileName);
        Assert.Equal("010-8765-2468", stored.CitizenPhone);
    }

    [Fact]
    public async Task A_text_file_named_png_is_refused_with_a_message_and_nothing_is_stored()
    {
        await EnsureStaffAsync(App);
        var title = NewTitle();
        var disguised = "<script>alert('x')</script> this is not an image"u8.ToArray();

        var response = await Client.PostAsync("/complaints/new", await FormAsync(title, ("사진.png", Png), ("photo.png", disguised)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/complaints/new", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("이미지(JPG, PNG, GIF, WebP) 또는 PDF 파일만 올릴 수 있습니다: photo.png", html);
        Assert.Contains(title, html); // the citizen's text is kept for another try
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Complaints.CountAsync(c => c.Title == title)));
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Attachments.CountAsync(a => a.FileName == "photo.png")));
    }

    [Fact]
    public async Task Track_shows_the_status_with_the_right_verification_and_a_generic_error_otherwise()
    {
        await EnsureStaffAsync(App);
        var body = NewComplaint(await CategoryOfAsync(App, "ROAD"), phone: "010-2222-9753");
        var receipt = await FileAsync(Client, body);
        var title = (string)body["title"]!;

        var ok = await PostFormAsync(Client, "/track", [new("Receipt", receipt), new("Verification", "9753")]);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var html = await ok.Content.ReadAsStringAsync();
        Assert.Contains(title, html);
        Assert.Contains("도로교통과", html);
        Assert.Contains("접수", html);
        Assert.DoesNotContain("접수번호 또는 확인 정보가 올바르지 않습니다.", html);

        var wrong = await PostFormAsync(Client, "/track", [new("Receipt", receipt), new("Verification", "1111")]);
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("접수번호 또는 확인 정보가 올바르지 않습니다.", wrongHtml);
        Assert.DoesNotContain(title, wrongHtml);

        var unknown = await PostFormAsync(Client, "/track", [new("Receipt", "MW-0001-999999"), new("Verification", "9753")]);
        Assert.Contains("접수번호 또는 확인 정보가 올바르지 않습니다.", await unknown.Content.ReadAsStringAsync());

        // In English too, with the same single message.
        var english = await PostFormAsync(Client, "/track?culture=en", [new("Receipt", receipt), new("Verification", "1111")]);
        Assert.Contains("The receipt number or the verification is not correct.", await english.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        await EnsureStaffAsync(App);
        var title = NewTitle();
        var form = await FormAsync(title);
        var withoutToken = new MultipartFormDataContent();
        foreach (var part in form.Where(p => p.Headers.ContentDisposition?.Name?.Trim('"') != "__RequestVerificationToken"))
            withoutToken.Add(part);

        var response = await CreateClientWithoutRedirects().PostAsync("/complaints/new", withoutToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Complaints.CountAsync(c => c.Title == title)));
    }
}

[Collection(Collections.Sqlite)]
public sealed class PortalSqliteTests(SqliteApp app) : PortalTests(app);

[Collection(Collections.Postgres)]
public sealed class PortalPostgresTests(PostgresApp app) : PortalTests(app);
