using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Privacy;

/// <summary>
/// DESIGN.md: resident registration numbers are never stored (no statutory service here asks for one). One typed into a
/// complaint is masked before the complaint is first saved, so neither the database, nor the citizen API, nor staff
/// pages hold it whole: one with a valid check digit, and one issued since October 2020 (no check digit), written with
/// its hyphen.
/// </summary>
public abstract class ResidentNumberStorageTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_resident_number_in_a_complaint_is_masked_before_it_is_stored()
    {
        await EnsureStaffAsync(App);
        var complaint = NewComplaint(await CategoryOfAsync(App, "ROAD"));
        complaint["title"] = $"등본 발급 오류 900101-1234568 {Guid.NewGuid():N}"[..40];
        complaint["body"] = "제 주민번호 9001011234568 과 아이 번호 210315-3817264 로 조회가 안 됩니다. 연락처 010-2345-6789";
        var receipt = await FileAsync(Client, complaint);
        var id = ComplaintId(receipt);

        var stored = await App.ExecuteDbContextAsync(db => db.Complaints.Where(c => c.Id == id).Select(c => new { c.Title, c.Body }).SingleAsync());
        var texts = await App.ExecuteDbContextAsync(db => db.Set<Minwon.Web.Protection.ScreenedText>().Where(s => s.ComplaintId == id).Select(s => s.Masked).ToListAsync());
        foreach (var text in texts.Append(stored.Title).Append(stored.Body))
        {
            Assert.DoesNotContain("1234568", text);
            Assert.DoesNotContain("3817264", text);
        }
        Assert.Contains("900101-1******", stored.Title);
        Assert.Contains("210315-3******", stored.Body);
        // Only identity numbers are removed: the rest, the phone number included, is as the citizen wrote it.
        Assert.Contains("010-2345-6789", stored.Body);

        var status = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/complaints/{receipt}") { Headers = { { "X-Verification", "6789" } } });
        var json = (await status.Content.ReadFromJsonAsync<JsonElement>()).ToString();
        Assert.DoesNotContain("1234568", json);
    }
}

[Collection(Collections.Sqlite)]
public sealed class ResidentNumberStorageSqliteTests(SqliteApp app) : ResidentNumberStorageTests(app);

[Collection(Collections.Postgres)]
public sealed class ResidentNumberStoragePostgresTests(PostgresApp app) : ResidentNumberStorageTests(app);
