using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Core.Complaints;
using Minwon.Web.Incidents;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// A supervisor records an abusive-complaint incident from a complaint page with a photo and a recording, sees the
/// chain verify, and downloads the police package whose manifest matches its files; once per language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IncidentJourneyTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    sealed record Texts(string RecordLink, string Type, string TypeName, string Place, string Description, string Evidence,
        string Warning, string Submit, string VerifyLink, string Download);

    static readonly Texts Korean = new("악성민원 사건 등록", "사건 유형", "폭언", "발생 장소", "사건 내용", "증거 파일",
        "경고", "사건 등록", "기록 체인 검증", "경찰 제출 자료 내려받기");

    static readonly Texts English = new("Record an abusive-complaint incident", "Incident type", "Verbal abuse", "Place", "What happened",
        "Evidence files", "Warning", "Record incident", "Verify the chain", "Download the police package");

    static readonly byte[] Wav = [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x80, 0x3E, 0, 0, 2, 0, 16, 0];

    [Fact]
    public Task Korean_supervisor_records_an_incident_verifies_and_downloads_the_package() =>
        JourneyAsync(Lang.Korean, Korean, "민원실 2번 창구", "민원인이 답변에 불만을 품고 담당자에게 20분간 욕설과 고성을 반복했습니다.");

    [Fact]
    public Task English_supervisor_records_an_incident_verifies_and_downloads_the_package() =>
        JourneyAsync(Lang.English, English, "Counter 2, civil affairs hall", "The complainant shouted insults at the officer for twenty minutes.");

    async Task JourneyAsync(Lang lang, Texts t, string place, string description, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var complaintId = await Browser.App.ExecuteDbContextAsync(db => db.Complaints.AsNoTracking()
            .Where(c => c.Status == ComplaintStatus.Received && c.CitizenPhone != null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var staff = new StaffPages(Page, lang);
        await staff.LoginAsync("supervisor@minwon.local", DemoSeeder.Password);

        await StepAsync("01-complaint-link", async () =>
        {
            await Page.GotoAsync($"/staff/complaints/{complaintId}");
            await Page.GetByRole(AriaRole.Link, new() { Name = t.RecordLink, Exact = true }).ClickAsync();
            await Page.WaitForURLAsync($"**/staff/protection/incidents/new?complaint={complaintId}");
            await Assertions.Expect(Page.Locator("#linked-complaint")).ToBeVisibleAsync();
        }, test: test);

        var photo = TestPng.Create();
        await StepAsync("02-incident-form", async () =>
        {
            await Page.GetByLabel(t.Type, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = t.TypeName });
            await Page.GetByLabel(t.Place, new() { Exact = true }).FillAsync(place);
            await Page.GetByLabel(t.Description, new() { Exact = true }).FillAsync(description);
            await ComplaintFormPage.CheckByLabelAsync(Page.GetByLabel(t.Warning, new() { Exact = true }));
            await Page.GetByLabel(t.Evidence, new() { Exact = true }).SetInputFilesAsync(new[]
            {
                new FilePayload { Name = "counter.png", MimeType = "image/png", Buffer = photo },
                new FilePayload { Name = "call.wav", MimeType = "audio/wav", Buffer = Wav },
            });
        }, test: test);

        await StepAsync("03-incident-recorded", async () =>
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = t.Submit, Exact = true }).ClickAsync();
            await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/staff/protection/incidents/\d+$"));
            await Assertions.Expect(Page.Locator("#action-message")).ToBeVisibleAsync();
            await Assertions.Expect(Page.Locator("#incident-description")).ToHaveTextAsync(description);
            await Assertions.Expect(Page.Locator("#evidence")).ToContainTextAsync(Convert.ToHexStringLower(SHA256.HashData(photo)));
        }, test: test);
        var incidentUrl = Page.Url;

        await StepAsync("04-chain-verifies", async () =>
        {
            await Page.GetByRole(AriaRole.Link, new() { Name = t.VerifyLink, Exact = true }).ClickAsync();
            await Assertions.Expect(Page.Locator("#verify-result")).ToHaveAttributeAsync("data-holds", "true");
            // The anchor to print and sign: "entries:mac", which the same page checks when entered later.
            var anchor = await Page.Locator("#anchor-value").InnerTextAsync();
            Assert.Matches("^[0-9]+:[0-9a-f]{64}$", anchor);
            await Page.Locator("#anchor-input").FillAsync(anchor);
            await Page.Locator("#anchor-form button[type=submit]").ClickAsync();
            await Assertions.Expect(Page.Locator("#anchor-held")).ToContainTextAsync(anchor);
        }, test: test);

        // Altered behind the application's back, the page points at the entry; restored, the chain holds again.
        var incidentId = long.Parse(new Uri(incidentUrl).Segments[^1]);
        var created = await Browser.App.ExecuteDbContextAsync(db => db.Set<IncidentLedgerEntry>().AsNoTracking()
            .SingleAsync(e => e.IncidentId == incidentId && e.Kind == LedgerEntryKind.Created));
        await Browser.App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"IncidentLedgerEntries\" SET \"ActorAlias\" = {"담당자 X-0000"} WHERE \"Sequence\" = {created.Sequence}"));
        try
        {
            await StepAsync("05-chain-broken", async () =>
            {
                await Page.ReloadAsync();
                await Assertions.Expect(Page.Locator("#verify-result")).ToHaveAttributeAsync("data-holds", "false");
                await Assertions.Expect(Page.Locator("#verify-result")).ToContainTextAsync(created.Sequence.ToString());
            }, test: test);
        }
        finally
        {
            await Browser.App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE \"IncidentLedgerEntries\" SET \"ActorAlias\" = {created.ActorAlias} WHERE \"Sequence\" = {created.Sequence}"));
        }

        await StepAsync("06-package-downloaded", async () =>
        {
            await Page.GotoAsync(incidentUrl);
            var download = await Page.RunAndWaitForDownloadAsync(() =>
                Page.GetByRole(AriaRole.Button, new() { Name = t.Download, Exact = true }).ClickAsync());
            Assert.EndsWith("-police-package.zip", download.SuggestedFilename);
            var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.zip");
            await download.SaveAsAsync(path);
            using (var zip = ZipFile.OpenRead(path))
            {
                using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
                var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
                Assert.Equal(3, files.Count);
                foreach (var f in files)
                {
                    using var s = zip.GetEntry(f.GetProperty("name").GetString()!)!.Open();
                    Assert.Equal(f.GetProperty("sha256").GetString(), Convert.ToHexStringLower(await SHA256.HashDataAsync(s)));
                }
            }
            File.Delete(path);
            await Page.ReloadAsync();
            await Assertions.Expect(Page.Locator("#ledger tbody tr")).ToHaveCountAsync(4); // created, 2 × evidence, export
        }, test: test);
    }
}
