using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Api;

/// <summary>Filing through the API with attachments as base64: checked by content like the portal's uploads.</summary>
public abstract class ApiAttachmentTests(MinwonApp app) : IntegrationTest(app)
{
    const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    async Task<(HttpResponseMessage Response, string Title)> FileAsync(params object[] attachments)
    {
        var body = NewComplaint(await CategoryOfAsync(App, "ROAD"));
        body["attachments"] = attachments;
        return (await Client.PostAsJsonAsync("/api/v1/complaints", body), (string)body["title"]!);
    }

    [Fact]
    public async Task An_image_sent_as_base64_is_stored_with_the_complaint()
    {
        await EnsureStaffAsync(App);
        var (response, title) = await FileAsync(new { fileName = "정류장.png", contentBase64 = Png });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await App.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking().Include(c => c.Attachments).SingleAsync(c => c.Title == title));
        var attachment = Assert.Single(stored.Attachments);
        Assert.Equal("image/png", attachment.ContentType);
        Assert.Equal(Convert.FromBase64String(Png).Length, attachment.Size);
    }

    [Theory]
    [InlineData("정류장.png", "정류장.png")]
    [InlineData("page.html", "page.png")]
    [InlineData("사진.PNG", "사진.PNG")]
    [InlineData("noextension", "noextension.png")]
    public async Task A_file_keeps_its_name_only_with_the_extension_of_what_it_is(string sent, string stored)
    {
        await EnsureStaffAsync(App);
        var (response, title) = await FileAsync(new { fileName = sent, contentBase64 = Png });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var complaint = await App.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking().Include(c => c.Attachments).SingleAsync(c => c.Title == title));
        Assert.Equal(stored, Assert.Single(complaint.Attachments).FileName);
    }

    [Fact]
    public async Task Disguised_files_and_bad_base64_are_refused_and_nothing_is_stored()
    {
        await EnsureStaffAsync(App);
        var script = Convert.ToBase64String("<script>alert(1)</script>"u8.ToArray());
        foreach (var attachment in new object[] { new { fileName = "photo.png", contentBase64 = script }, new { fileName = "x.png", contentBase64 = "not base64!" } })
        {
            var (response, title) = await FileAsync(attachment);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(problem.GetProperty("errors").EnumerateObject(), p => p.Name.Equals("Attachments", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Complaints.CountAsync(c => c.Title == title)));
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class ApiAttachmentSqliteTests(SqliteApp app) : ApiAttachmentTests(app);

[Collection(Collections.Postgres)]
public sealed class ApiAttachmentPostgresTests(PostgresApp app) : ApiAttachmentTests(app);
