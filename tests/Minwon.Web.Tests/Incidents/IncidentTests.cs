using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Incidents;
using Minwon.Web.Seeding;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Incidents;

/// <summary>
/// The incident register (악성민원 사건): recorded from a complaint with evidence through the staff pages, verified,
/// broken by altering stored rows behind the application's back (and restored, since the collection shares one
/// database), bad evidence refused with nothing stored, and the police package checked file by file.
/// </summary>
public abstract class IncidentTests(MinwonApp app) : IntegrationTest(app)
{
    const string Safety = "safety@minwon.local";
    static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
    static readonly byte[] Wav = [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x80, 0x3E, 0, 0, 2, 0, 16, 0];

    async Task<HttpClient> SignInAsync(string email)
    {
        await EnsureStaffAsync(App);
        var client = App.CreateClient();
        // After signing in the login page redirects to the queue, which the safety team may not open: check the cookie elsewhere.
        await PostFormAsync(client, "/staff/login", [new("Email", email), new("Password", DemoSeeder.Password)]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/protection/incidents/new")).StatusCode);
        return client;
    }

    async Task<long> FileComplaintAsync(string phone = "010-3141-5926") =>
        ComplaintId(await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD"), phone: phone)));

    /// <summary>The new-incident form for a complaint, as the browser would post it.</summary>
    static async Task<MultipartFormDataContent> IncidentFormAsync(HttpClient staff, long complaintId, params (string Name, byte[] Data)[] files)
    {
        var html = await staff.GetStringAsync($"/staff/protection/incidents/new?complaint={complaintId}");
        var form = new MultipartFormDataContent
        {
            { new StringContent(AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent("VerbalAbuse"), "Input.Type" },
            { new StringContent("Complaint"), "Input.Source" },
            { new StringContent(complaintId.ToString()), "Input.ComplaintId" },
            { new StringContent("2026-11-20T10:30"), "Input.OccurredAtKst" },
            { new StringContent("민원실 2번 창구"), "Input.Place" },
            { new StringContent("민원인이 담당자에게 30분간 고성과 욕설을 하였습니다."), "Input.Description" },
            { new StringContent("옆 창구 직원"), "Input.Witnesses" },
            { new StringContent("Warning"), "Input.Measures" },
            { new StringContent("Rest"), "Input.Measures" },
        };
        foreach (var (name, data) in files) form.Add(new ByteArrayContent(data) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "Evidence", name);
        return form;
    }

    async Task<long> RecordAsync(HttpClient staff, long complaintId, params (string Name, byte[] Data)[] files)
    {
        var response = await staff.PostAsync("/staff/protection/incidents/new", await IncidentFormAsync(staff, complaintId, files));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, html);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/staff/protection/incidents/", path);
        return long.Parse(path.Split('/')[^1]);
    }

    Task<ChainReport> VerifyAsync() => App.ExecuteScopeAsync(sp => sp.GetRequiredService<IncidentVerifier>().VerifyAsync());

    async Task<(int Code, string Output)> RunCliAsync()
    {
        var output = new StringWriter();
        var code = await IncidentsSetup.RunVerifyCommandAsync(App.Services, output);
        return (code, output.ToString());
    }

    Task<(int Incidents, int Entries, int Evidence)> CountsAsync() => App.ExecuteDbContextAsync(async db =>
        (await db.Set<Incident>().CountAsync(), await db.Set<IncidentLedgerEntry>().CountAsync(), await db.Set<IncidentEvidence>().CountAsync()));

    [Fact]
    public async Task An_incident_recorded_with_evidence_verifies_then_fails_at_the_altered_entry()
    {
        using var safety = await SignInAsync(Safety);
        var complaintId = await FileComplaintAsync();
        var id = await RecordAsync(safety, complaintId, ("욕설 녹음.wav", Wav), ("현장 사진.png", Png));

        var detail = await safety.GetStringAsync($"/staff/protection/incidents/{id}");
        Assert.Contains("김영희", detail);                      // copied from the complaint
        Assert.Contains("욕설 녹음.wav", detail);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Wav)), detail);
        var stored = await App.ExecuteDbContextAsync(db => db.Set<Incident>().SingleAsync(i => i.Id == id));
        Assert.Equal("01031415926", stored.ComplainantPhoneDigits);
        Assert.Equal(complaintId, stored.ComplaintId);

        Assert.True((await VerifyAsync()).Holds);
        Assert.Contains("data-holds=\"true\"", await safety.GetStringAsync("/staff/protection/incidents/verify"));
        Assert.Equal(0, (await RunCliAsync()).Code);

        var created = await App.ExecuteDbContextAsync(db => db.Set<IncidentLedgerEntry>().AsNoTracking()
            .SingleAsync(e => e.IncidentId == id && e.Kind == LedgerEntryKind.Created));
        await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"IncidentLedgerEntries\" SET \"Payload\" = {created.Payload.Replace("고성과 욕설", "대화")} WHERE \"Sequence\" = {created.Sequence}"));
        try
        {
            var report = await VerifyAsync();
            Assert.False(report.Holds);
            Assert.Equal(created.Sequence, report.Break!.Sequence);
            Assert.Equal(id, report.Break.IncidentId);
            Assert.Contains("altered", report.Break.Problem);
            var (code, output) = await RunCliAsync();
            Assert.Equal(1, code);
            Assert.Contains($"entry {created.Sequence} (incident {id})", output);
            var page = await safety.GetStringAsync("/staff/protection/incidents/verify");
            Assert.Contains("data-holds=\"false\"", page);
            Assert.Contains($"/staff/protection/incidents/{id}", page);
        }
        finally
        {
            await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE \"IncidentLedgerEntries\" SET \"Payload\" = {created.Payload} WHERE \"Sequence\" = {created.Sequence}"));
        }
        Assert.True((await VerifyAsync()).Holds);

        // A relinked chain is caught too: change an entry and recompute its own MAC (as if with the key), the next entry's link breaks.
        var later = await App.ExecuteDbContextAsync(db => db.Set<IncidentLedgerEntry>().AsNoTracking()
            .Where(e => e.IncidentId == id).OrderBy(e => e.Sequence).Skip(1).FirstAsync());
        later.ActorAlias = "담당자 X-0000";
        var forged = later.ComputeHash(App.Services.GetRequiredService<IncidentLedgerKeyStore>().Current);
        later = await App.ExecuteDbContextAsync(db => db.Set<IncidentLedgerEntry>().AsNoTracking().SingleAsync(e => e.Sequence == later.Sequence));
        await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"IncidentLedgerEntries\" SET \"ActorAlias\" = {"담당자 X-0000"}, \"Hash\" = {forged} WHERE \"Sequence\" = {later.Sequence}"));
        try
        {
            var report = await VerifyAsync();
            Assert.False(report.Holds);
            Assert.Equal(later.Sequence + 1, report.Break!.Sequence);
        }
        finally
        {
            await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE \"IncidentLedgerEntries\" SET \"ActorAlias\" = {later.ActorAlias}, \"Hash\" = {later.Hash} WHERE \"Sequence\" = {later.Sequence}"));
        }
        Assert.True((await VerifyAsync()).Holds);
    }

    [Fact]
    public async Task Altered_evidence_content_breaks_verification_at_its_entry()
    {
        using var safety = await SignInAsync(Safety);
        var id = await RecordAsync(safety, await FileComplaintAsync(), ("진술서.pdf", Pdf));
        var evidence = await App.ExecuteDbContextAsync(db => db.Set<IncidentEvidence>().SingleAsync(e => e.IncidentId == id));
        var entry = await App.ExecuteDbContextAsync(db => db.Set<IncidentLedgerEntry>().SingleAsync(e => e.IncidentId == id && e.Kind == LedgerEntryKind.EvidenceAdded));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), evidence.Sha256);

        var altered = Pdf.Append((byte)'x').ToArray();
        await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"IncidentEvidenceContents\" SET \"Data\" = {altered} WHERE \"EvidenceId\" = {evidence.Id}"));
        try
        {
            var report = await VerifyAsync();
            Assert.False(report.Holds);
            Assert.Equal(entry.Sequence, report.Break!.Sequence);
            Assert.Contains("진술서.pdf", report.Break.Problem);
            Assert.Equal(1, (await RunCliAsync()).Code);
        }
        finally
        {
            await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE \"IncidentEvidenceContents\" SET \"Data\" = {Pdf} WHERE \"EvidenceId\" = {evidence.Id}"));
        }
        Assert.True((await VerifyAsync()).Holds);
    }

    [Fact]
    public async Task Disguised_or_oversized_evidence_is_refused_with_a_clear_error_and_nothing_is_stored()
    {
        using var safety = await SignInAsync(Safety);
        var complaintId = await FileComplaintAsync();
        var before = await CountsAsync();

        byte[] exe = [.. "MZ"u8, .. new byte[200]];
        var disguised = await safety.PostAsync("/staff/protection/incidents/new", await IncidentFormAsync(safety, complaintId, ("사진.png", Png), ("고소장.pdf", exe)));
        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await disguised.Content.ReadAsStringAsync());
        Assert.Contains("파일 내용이 형식과 맞지 않습니다: 고소장.pdf", html);
        Assert.Contains("민원실 2번 창구", html);               // what was typed stays in the form

        var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04 }.Concat(new byte[100]).ToArray();
        var english = await SignInAsync(Safety);
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await english.GetAsync("/culture?c=en");
        var inEnglish = await english.PostAsync("/staff/protection/incidents/new", await IncidentFormAsync(english, complaintId, ("recording.mp3", zip)));
        Assert.Equal(HttpStatusCode.BadRequest, inEnglish.StatusCode);
        Assert.Contains("does not match its type: recording.mp3", System.Net.WebUtility.HtmlDecode(await inEnglish.Content.ReadAsStringAsync()));

        var huge = new byte[50 * 1024 * 1024 + 1];
        Png.CopyTo(huge, 0);
        var oversized = await safety.PostAsync("/staff/protection/incidents/new", await IncidentFormAsync(safety, complaintId, ("큰 사진.png", huge)));
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Contains("50MB 이하여야 합니다: 큰 사진.png", System.Net.WebUtility.HtmlDecode(await oversized.Content.ReadAsStringAsync()));
        Assert.Equal(before, await CountsAsync());

        // Adding to a recorded incident: refused the same way, and the record stays as it was.
        var id = await RecordAsync(safety, complaintId);
        var recorded = await CountsAsync();
        var page = await safety.GetStringAsync($"/staff/protection/incidents/{id}");
        var add = new MultipartFormDataContent { { new StringContent(AntiforgeryToken(page)), "__RequestVerificationToken" } };
        add.Add(new ByteArrayContent(exe), "Evidence", "evidence.jpg");
        var refused = await safety.PostAsync($"/staff/protection/incidents/{id}?handler=Evidence", add);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("evidence.jpg", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(recorded, await CountsAsync());
        Assert.True((await VerifyAsync()).Holds);
    }

    [Fact]
    public async Task The_police_package_downloads_and_its_manifest_matches_the_files()
    {
        using var safety = await SignInAsync(Safety);
        var id = await RecordAsync(safety, await FileComplaintAsync(), ("녹음.wav", Wav), ("사진.png", Png), ("진단서.pdf", Pdf));

        var response = await safety.GetAsync($"/staff/protection/incidents/{id}/package");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var contents = zip.Entries.ToDictionary(e => e.FullName, e => { using var s = e.Open(); using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); });
        using var manifest = JsonDocument.Parse(contents["manifest.json"]);
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(contents.Keys.Where(k => k != "manifest.json").Order(), files.Select(f => f.GetProperty("name").GetString()!).Order());
        Assert.Equal(4, files.Count);                            // summary.pdf and three evidence files
        foreach (var f in files)
        {
            var data = contents[f.GetProperty("name").GetString()!];
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), f.GetProperty("sha256").GetString());
            Assert.Equal(data.LongLength, f.GetProperty("size").GetInt64());
        }
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(contents["summary.pdf"], 0, 5));
        Assert.Equal(Wav, contents.Single(c => c.Key.EndsWith("녹음.wav")).Value);

        // The export is itself in the ledger, with the same file hashes, and the manifest names that entry.
        var exported = await App.ExecuteDbContextAsync(db => db.Set<IncidentLedgerEntry>().AsNoTracking()
            .SingleAsync(e => e.IncidentId == id && e.Kind == LedgerEntryKind.PackageExported));
        Assert.Equal(exported.Hash, manifest.RootElement.GetProperty("ledgerEntry").GetProperty("hash").GetString());
        var payload = LedgerJson.Read<ExportPayload>(exported.Payload);
        Assert.False(payload.IncludeNames);
        Assert.Equal(files.Select(f => f.GetProperty("sha256").GetString()).Order(), payload.Files.Select(f => f.Sha256).Order());
        Assert.Equal("public aliases", manifest.RootElement.GetProperty("staffNames").GetString());

        // Real names only when a protection user asks, and that choice is recorded.
        (await safety.GetAsync($"/staff/protection/incidents/{id}/package?names=true")).EnsureSuccessStatusCode();
        var withNames = await App.ExecuteDbContextAsync(db => db.Set<IncidentLedgerEntry>().AsNoTracking()
            .Where(e => e.IncidentId == id && e.Kind == LedgerEntryKind.PackageExported).OrderByDescending(e => e.Sequence).FirstAsync());
        Assert.True(LedgerJson.Read<ExportPayload>(withNames.Payload).IncludeNames);
        Assert.True((await VerifyAsync()).Holds);
    }

    [Fact]
    public async Task An_officer_records_from_a_complaint_but_cannot_open_the_register()
    {
        using var officer = await SignInAsync(Officer);
        var complaintId = await FileComplaintAsync();
        var complaintPage = await officer.GetStringAsync($"/staff/complaints/{complaintId}");
        Assert.Contains($"/staff/protection/incidents/new?complaint={complaintId}", complaintPage);

        var form = await officer.GetStringAsync($"/staff/protection/incidents/new?complaint={complaintId}");
        var realNames = await App.ExecuteDbContextAsync(db => db.Users.Select(u => u.RealName).ToListAsync());
        Assert.DoesNotContain(realNames, n => form.Contains(n, StringComparison.Ordinal));   // aliases only for officers

        var response = await officer.PostAsync("/staff/protection/incidents/new", await IncidentFormAsync(officer, complaintId, ("사진.png", Png)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/staff/complaints/{complaintId}", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("을(를) 등록했습니다.", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.True(await App.ExecuteDbContextAsync(db => db.Set<Incident>().AnyAsync(i => i.ComplaintId == complaintId)));

        using var noRedirect = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await PostFormAsync(noRedirect, "/staff/login", [new("Email", Officer), new("Password", DemoSeeder.Password)]);
        foreach (var path in new[] { "/staff/protection/incidents", "/staff/protection/incidents/verify", "/staff/protection/incidents/1" })
        {
            var denied = await noRedirect.GetAsync(path);
            Assert.True(denied.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{path}: {(int)denied.StatusCode}");
            if (denied.StatusCode == HttpStatusCode.Redirect) Assert.Contains("/staff/denied", denied.Headers.Location!.ToString());
        }
        var package = await noRedirect.GetAsync("/staff/protection/incidents/1/package");
        Assert.True(package.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"package: {(int)package.StatusCode}");
    }

    [Fact]
    public async Task The_api_records_and_finds_incidents_by_the_complainants_phone()
    {
        await EnsureStaffAsync(App);
        using var safety = await StaffClientAsync(App, Safety);
        var phone = $"010-{Random.Shared.Next(1000, 9999)}-{Random.Shared.Next(1000, 9999)}";
        var created = await safety.PostAsJsonAsync("/api/v1/staff/incidents", new
        {
            type = "Threat", source = "Call", callReference = "REC-2026-1120-0042", complainantName = "박민원", complainantPhone = phone,
            occurredAtKst = "2026-11-20T15:00:00", place = "콜센터", description = "통화 중 찾아가겠다고 협박함", measures = new[] { "CallEnded", "PoliceReport" },
        });
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, text);
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();

        var found = await safety.GetFromJsonAsync<JsonElement>($"/api/v1/staff/incidents?phone={Uri.EscapeDataString(phone.Replace("-", ""))}");
        Assert.Contains(found.EnumerateArray(), e => e.GetProperty("id").GetInt64() == id);
        var viaService = await App.ExecuteDbContextAsync(db => IncidentService.ForComplainant(db, phone.Replace("-", " ")).Select(i => i.Id).ToListAsync());
        Assert.Equal([id], viaService);

        var invalid = await safety.PostAsJsonAsync("/api/v1/staff/incidents", new { type = "Threat", source = "Call", place = "콜센터" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("description", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("callReference", out _));

        var one = await safety.GetFromJsonAsync<JsonElement>($"/api/v1/staff/incidents/{id}");
        Assert.Equal("REC-2026-1120-0042", one.GetProperty("callReference").GetString());
        Assert.Equal(["CallEnded", "PoliceReport"], one.GetProperty("measures").EnumerateArray().Select(m => m.GetString()!).ToArray());
        var missing = await safety.GetAsync("/api/v1/staff/incidents/999999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        using var officer = await StaffClientAsync(App, Officer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/staff/incidents")).StatusCode);
        var verify = await safety.GetFromJsonAsync<JsonElement>("/api/v1/staff/incidents/verify");
        Assert.True(verify.GetProperty("holds").GetBoolean());
    }

    [Fact]
    public async Task Writers_appending_at_once_each_get_their_own_place_in_the_chain()
    {
        using var safety = await SignInAsync(Safety);
        var id = await RecordAsync(safety, await FileComplaintAsync());
        var before = await App.ExecuteDbContextAsync(db => db.Set<IncidentLedgerEntry>().CountAsync());
        await Task.WhenAll(Enumerable.Range(1, 6).Select(async n =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<IncidentService>();
            var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Minwon.Web.Staff.StaffUser>>().FindByEmailAsync(Safety);
            Assert.Empty(await service.AddNoteAsync(id, $"동시 메모 {n}", user!, CancellationToken.None));
        }));
        var sequences = await App.ExecuteDbContextAsync(db => db.Set<IncidentLedgerEntry>().OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.Equal(before + 6, sequences.Count);
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.True((await VerifyAsync()).Holds);
    }
}

[Collection(Collections.Sqlite)] public sealed class IncidentSqliteTests(SqliteApp app) : IncidentTests(app);
[Collection(Collections.Postgres)] public sealed class IncidentPostgresTests(PostgresApp app) : IncidentTests(app);
