using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Complaints;
using Minwon.Web.Incidents;
using Minwon.Web.Staff;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Incidents;

/// <summary>
/// The security review's attacks on the incident register, made with database access only: rewrite an entry and
/// re-hash the rest of the chain, or change the lookup and evidence rows the pages and the police package show.
/// Each attack must be reported as broken. The collection shares one database, so every test puts back what it changed.
/// </summary>
public abstract class IncidentForgeryTests(MinwonApp app) : IntegrationTest(app)
{
    static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    /// <summary>Records an incident through the service, as the pages do: a call incident with one photo.</summary>
    protected async Task<long> RecordAsync(string description = "통화 중 욕설과 협박을 반복하였습니다.", MinwonApp? on = null)
    {
        var app = on ?? App;
        await EnsureStaffAsync(app);
        return await app.ExecuteScopeAsync(async sp =>
        {
            var safety = (await sp.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(Safety))!;
            var (errors, incident) = await sp.GetRequiredService<IncidentService>().RecordAsync(new IncidentInput
            {
                Type = IncidentType.Threat, Source = IncidentSource.Call, CallReference = "REC-TEST-0001", ComplainantName = "홍길동",
                ComplainantPhone = "010-5555-0101", OccurredAtKst = new DateTime(2026, 11, 20, 15, 0, 0), Place = "민원 콜센터",
                Description = description, Measures = [IncidentMeasure.Warning],
            }, [new UploadedFile("현장 사진.png", Png)], safety, canSeeAll: true, CancellationToken.None);
            Assert.Empty(errors);
            return incident!.Id;
        });
    }

    protected Task<ChainReport> VerifyAsync(LedgerAnchor? anchor = null, MinwonApp? on = null) =>
        (on ?? App).ExecuteScopeAsync(sp => sp.GetRequiredService<IncidentVerifier>().VerifyAsync(anchor, CancellationToken.None));

    protected Task<(int Code, string Output)> RunCliAsync(params string[] args) => RunCliOnAsync(App, args);

    protected static async Task<(int Code, string Output)> RunCliOnAsync(MinwonApp app, params string[] args)
    {
        var output = new StringWriter();
        var code = await IncidentsSetup.RunVerifyCommandAsync(app.Services, output, ["verify-incidents", .. args]);
        return (code, output.ToString());
    }

    /// <summary>The plain SHA-256 of the first version of the ledger, as anyone can compute it from the stored fields.</summary>
    protected static string PlainSha256(IncidentLedgerEntry e) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
            e.Sequence.ToString(CultureInfo.InvariantCulture), e.IncidentId.ToString(CultureInfo.InvariantCulture), e.Kind.ToString(),
            e.RecordedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture), e.ActorAlias, e.PreviousHash, e.Payload))));

    protected IncidentLedgerKeyStore Keys => App.Services.GetRequiredService<IncidentLedgerKeyStore>();

    protected Task<List<IncidentLedgerEntry>> EntriesAsync(MinwonApp? on = null) =>
        (on ?? App).ExecuteDbContextAsync(db => db.Set<IncidentLedgerEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());

    /// <summary>
    /// Rewrites every entry from <paramref name="from"/> to the head, as the reviewer did: each entry is linked to the
    /// one before, then <paramref name="forge"/> may change its algorithm and key id and returns its new hash.
    /// </summary>
    protected async Task RehashFromAsync(long from, Func<IncidentLedgerEntry, string> forge, MinwonApp? on = null)
    {
        var entries = await EntriesAsync(on);
        var previous = entries.Where(e => e.Sequence < from).Select(e => e.Hash).LastOrDefault() ?? IncidentLedgerEntry.GenesisHash;
        foreach (var e in entries.Where(e => e.Sequence >= from))
        {
            e.PreviousHash = previous;
            var forged = forge(e);
            await (on ?? App).ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE \"IncidentLedgerEntries\" SET \"PreviousHash\" = {previous}, \"Hash\" = {forged}, \"Algorithm\" = {e.Algorithm.ToString()}, \"KeyId\" = {e.KeyId} WHERE \"Sequence\" = {e.Sequence}"));
            previous = forged;
        }
    }

    /// <summary>The reviewer's re-hash: plain SHA-256, the entries still marked as keyed.</summary>
    protected static string Sha256KeptKeyed(IncidentLedgerEntry e) => PlainSha256(e);

    /// <summary>The downgrade: plain SHA-256 and the entries marked as written before the key.</summary>
    protected static string Sha256AsUnkeyed(IncidentLedgerEntry e)
    {
        (e.Algorithm, e.KeyId) = (LedgerAlgorithm.Sha256, null);
        return PlainSha256(e);
    }

    /// <summary>Puts the stored entries back as they were.</summary>
    protected async Task RestoreAsync(List<IncidentLedgerEntry> entries, MinwonApp? on = null)
    {
        foreach (var e in entries)
            await (on ?? App).ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE \"IncidentLedgerEntries\" SET \"Payload\" = {e.Payload}, \"PreviousHash\" = {e.PreviousHash}, \"Hash\" = {e.Hash}, \"Algorithm\" = {e.Algorithm.ToString()}, \"KeyId\" = {e.KeyId}, \"ActorAlias\" = {e.ActorAlias} WHERE \"Sequence\" = {e.Sequence}"));
    }

    [Fact]
    public async Task Rewriting_an_incident_and_its_evidence_then_rehashing_the_chain_with_plain_sha256_is_reported_broken()
    {
        var id = await RecordAsync();
        await RecordAsync("뒤에 기록된 사건입니다.");      // entries after the forged one, re-hashed too
        Assert.True((await VerifyAsync()).Holds);
        var original = await EntriesAsync();
        var created = original.Single(e => e.IncidentId == id && e.Kind == LedgerEntryKind.Created);
        var evidenceEntry = original.Single(e => e.IncidentId == id && e.Kind == LedgerEntryKind.EvidenceAdded);
        var evidence = await App.ExecuteDbContextAsync(db => db.Set<IncidentEvidence>().AsNoTracking().SingleAsync(e => e.IncidentId == id));

        // The reviewer's attack: a milder description, other bytes for the photo with their hash in the row and the entry.
        var forgedSha = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        await App.ExecuteDbContextAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"IncidentLedgerEntries\" SET \"Payload\" = {created.Payload.Replace("욕설과 협박을 반복", "언성을 높이기도")} WHERE \"Sequence\" = {created.Sequence}");
            await db.Database.ExecuteSqlAsync($"UPDATE \"IncidentLedgerEntries\" SET \"Payload\" = {evidenceEntry.Payload.Replace(evidence.Sha256, forgedSha)} WHERE \"Sequence\" = {evidenceEntry.Sequence}");
            await db.Database.ExecuteSqlAsync($"UPDATE \"IncidentEvidence\" SET \"Sha256\" = {forgedSha} WHERE \"Id\" = {evidence.Id}");
            await db.Database.ExecuteSqlAsync($"UPDATE \"IncidentEvidenceContents\" SET \"Data\" = {Pdf} WHERE \"EvidenceId\" = {evidence.Id}");
        });
        try
        {
            // Re-hashed with plain SHA-256, the entries left marked as keyed; then also marked as older than the key.
            foreach (var forge in new Func<IncidentLedgerEntry, string>[] { Sha256KeptKeyed, Sha256AsUnkeyed })
            {
                await RehashFromAsync(created.Sequence, forge);
                var report = await VerifyAsync();
                Assert.Equal(ChainStatus.Broken, report.Status);
                Assert.Equal(created.Sequence, report.Break!.Sequence);
                var (code, output) = await RunCliAsync();
                Assert.Equal(1, code);
                Assert.StartsWith("BROKEN", output);
            }
        }
        finally
        {
            await RestoreAsync(original);
            await App.ExecuteDbContextAsync(async db =>
            {
                await db.Database.ExecuteSqlAsync($"UPDATE \"IncidentEvidence\" SET \"Sha256\" = {evidence.Sha256} WHERE \"Id\" = {evidence.Id}");
                await db.Database.ExecuteSqlAsync($"UPDATE \"IncidentEvidenceContents\" SET \"Data\" = {Png} WHERE \"EvidenceId\" = {evidence.Id}");
            });
        }
        Assert.True((await VerifyAsync()).Holds);
    }

    [Fact]
    public async Task Changing_the_complainants_phone_or_the_type_in_the_incident_row_is_reported_broken()
    {
        var id = await RecordAsync();
        var row = await App.ExecuteDbContextAsync(db => db.Set<Incident>().AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal("01055550101", row.ComplainantPhoneDigits);
        var created = (await EntriesAsync()).Single(e => e.IncidentId == id && e.Kind == LedgerEntryKind.Created);

        // Another feature finds a complainant's incidents by these digits: moved to another number, the history is lost.
        await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Incidents\" SET \"ComplainantPhoneDigits\" = {"01099990000"} WHERE \"Id\" = {id}"));
        try
        {
            var report = await VerifyAsync();
            Assert.False(report.Holds);
            Assert.Equal(id, report.Break!.IncidentId);
            Assert.Equal(created.Sequence, report.Break.Sequence);
            Assert.Contains("phone", report.Break.Problem);
        }
        finally
        {
            await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Incidents\" SET \"ComplainantPhoneDigits\" = {row.ComplainantPhoneDigits} WHERE \"Id\" = {id}"));
        }

        // The register lists the type, source and time from the row.
        await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Incidents\" SET \"Type\" = {"Obstruction"} WHERE \"Id\" = {id}"));
        try
        {
            var report = await VerifyAsync();
            Assert.False(report.Holds);
            Assert.Equal(id, report.Break!.IncidentId);
            Assert.Contains("type", report.Break.Problem);
        }
        finally
        {
            await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Incidents\" SET \"Type\" = {row.Type.ToString()} WHERE \"Id\" = {id}"));
        }
        Assert.True((await VerifyAsync()).Holds);
    }

    [Fact]
    public async Task Renaming_an_evidence_file_in_its_row_is_reported_broken()
    {
        var id = await RecordAsync();
        var evidence = await App.ExecuteDbContextAsync(db => db.Set<IncidentEvidence>().AsNoTracking().SingleAsync(e => e.IncidentId == id));
        // The package names the file in the ZIP and the summary from this row.
        await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"IncidentEvidence\" SET \"FileName\" = {"다른 사진.png"} WHERE \"Id\" = {evidence.Id}"));
        try
        {
            var report = await VerifyAsync();
            Assert.False(report.Holds);
            Assert.Equal(id, report.Break!.IncidentId);
            Assert.Contains("현장 사진.png", report.Break.Problem);
        }
        finally
        {
            await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"IncidentEvidence\" SET \"FileName\" = {evidence.FileName} WHERE \"Id\" = {evidence.Id}"));
        }
        Assert.True((await VerifyAsync()).Holds);
    }

    [Fact]
    public async Task Rehashing_with_a_key_that_is_not_the_ledger_key_is_reported_broken()
    {
        var first = await RecordAsync();
        var id = await RecordAsync("다른 키로 다시 계산될 사건입니다.");
        var original = await EntriesAsync();
        var created = original.Single(e => e.IncidentId == id && e.Kind == LedgerEntryKind.Created);
        var real = Keys.Current;
        var guessed = new IncidentLedgerKey(IncidentLedgerKey.NewSecret(), 0, "attacker");
        await App.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"IncidentLedgerEntries\" SET \"Payload\" = {created.Payload.Replace("다른 키로", "조용히")} WHERE \"Sequence\" = {created.Sequence}"));
        try
        {
            // The attacker's own key under the real key's id (public, it is in every row), then under their key's id.
            foreach (var keyId in new[] { real.Id, guessed.Id })
            {
                await RehashFromAsync(created.Sequence, e => { e.KeyId = keyId; return e.ComputeHash(guessed); });
                var report = await VerifyAsync();
                Assert.Equal(ChainStatus.Broken, report.Status);
                Assert.Equal(created.Sequence, report.Break!.Sequence);
                Assert.Equal(1, (await RunCliAsync()).Code);
            }
            // With the real key the forgery would pass: the key, not the algorithm, is what protects the chain.
            await RehashFromAsync(created.Sequence, e => { e.KeyId = real.Id; return e.ComputeHash(real); });
            Assert.True((await VerifyAsync()).Holds);
        }
        finally
        {
            await RestoreAsync(original);
        }
        Assert.True((await VerifyAsync()).Holds);
        Assert.True(first < id);
    }

    [Fact]
    public async Task A_missing_or_changed_key_is_reported_as_such_not_as_a_chain_that_holds()
    {
        await RecordAsync();
        var file = App.LedgerKeyFile;
        var saved = await File.ReadAllBytesAsync(file);
        try
        {
            File.Delete(file);
            var missing = await VerifyAsync();
            Assert.Equal(ChainStatus.KeyProblem, missing.Status);
            Assert.Contains("does not exist", missing.Break!.Problem);
            var (code, output) = await RunCliAsync();
            Assert.Equal(2, code);
            Assert.StartsWith("ERROR", output);
            Assert.Contains(file, output);

            await File.WriteAllTextAsync(file, $"key={Convert.ToBase64String(IncidentLedgerKey.NewSecret())}\nunkeyed-entries=0\n");
            var changed = await VerifyAsync();
            Assert.Equal(ChainStatus.KeyProblem, changed.Status);
            Assert.Equal(1, changed.Break!.Sequence);
            Assert.Contains("changed or lost", changed.Break.Problem);
            (code, output) = await RunCliAsync();
            Assert.Equal(2, code);
            Assert.Contains("changed or lost", output);

            await EnsureStaffAsync(App);
            using var safety = await StaffCookieClientAsync(App, Safety);
            var page = await safety.GetStringAsync("/staff/protection/incidents/verify");
            Assert.Contains("data-status=\"KeyProblem\"", page);
        }
        finally
        {
            await File.WriteAllBytesAsync(file, saved);
        }
        Assert.True((await VerifyAsync()).Holds);
    }

    [Fact]
    public async Task Truncation_is_invisible_to_the_chain_alone_and_caught_by_an_anchor_taken_before()
    {
        var id = await RecordAsync();
        var anchor = (await VerifyAsync()).Anchor;
        Assert.True((await VerifyAsync(anchor)).Holds);
        Assert.Equal(0, (await RunCliAsync("--anchor", anchor.ToString())).Code);

        await App.ExecuteScopeAsync(async sp =>
        {
            var safety = (await sp.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(Safety))!;
            return await sp.GetRequiredService<IncidentService>().AddNoteAsync(id, "기준점 뒤에 더한 메모", safety, CancellationToken.None);
        });
        var later = await VerifyAsync(anchor);
        Assert.True(later.Holds);                                  // newer entries after the anchor are fine
        Assert.Equal(anchor.Entries + 1, later.EntriesChecked);

        // Removing the newest entries (the note and the whole incident before it) leaves a chain that holds...
        var original = await EntriesAsync();
        var removed = original.Where(e => e.IncidentId == id).ToList();
        Assert.Equal(original.Count - removed.Count + 1, removed.Min(e => e.Sequence));   // the newest entries
        var evidence = await App.ExecuteDbContextAsync(db => db.Set<IncidentEvidence>().AsNoTracking().Include(e => e.Content).Where(e => e.IncidentId == id).ToListAsync());
        var incident = await App.ExecuteDbContextAsync(db => db.Set<Incident>().AsNoTracking().SingleAsync(i => i.Id == id));
        await App.ExecuteDbContextAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"IncidentLedgerEntries\" WHERE \"IncidentId\" = {id}");
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"IncidentEvidenceContents\" WHERE \"EvidenceId\" IN (SELECT \"Id\" FROM \"IncidentEvidence\" WHERE \"IncidentId\" = {id})");
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"IncidentEvidence\" WHERE \"IncidentId\" = {id}");
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"Incidents\" WHERE \"Id\" = {id}");
        });
        try
        {
            Assert.True((await VerifyAsync()).Holds);
            // ...but not against the anchor written down before.
            var report = await VerifyAsync(anchor);
            Assert.Equal(ChainStatus.Broken, report.Status);
            Assert.Contains("removed", report.Break!.Problem);
            var (code, output) = await RunCliAsync("--anchor", anchor.ToString());
            Assert.Equal(1, code);
            Assert.Contains("removed", output);
            using var safety = await StaffCookieClientAsync(App, Safety);
            var page = await safety.GetStringAsync($"/staff/protection/incidents/verify?anchor={anchor}");
            Assert.Contains("data-holds=\"false\"", page);
        }
        finally
        {
            await App.ExecuteDbContextAsync(async db =>
            {
                db.Add(incident);
                await db.SaveChangesAsync();
                db.AddRange(evidence);
                db.AddRange(removed);
                await db.SaveChangesAsync();
            });
        }
        Assert.True((await VerifyAsync(anchor)).Holds);
        Assert.Equal(2, (await RunCliAsync("--anchor", "not-an-anchor")).Code);
    }

    [Fact]
    public async Task A_chain_written_before_the_key_still_verifies_as_unkeyed_and_is_sealed_by_the_first_keyed_entry()
    {
        // An instance of its own: its chain is first made to look as the earlier version wrote it.
        await using var app = await MinwonApp.StartAsync(App.Database, new MinwonAppOptions { SeedStaff = true });
        await RecordAsync(on: app);
        await RecordAsync("이전 버전에서 기록된 두 번째 사건입니다.", app);
        await RehashFromAsync(1, Sha256AsUnkeyed, app);
        var count = (await EntriesAsync(app)).Count;

        // The upgrade: the first start with the key file records how many entries came before it.
        File.Delete(app.LedgerKeyFile);
        await app.ExecuteScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IncidentLedgerKeyStore>().EnsureAsync(sp.GetRequiredService<Minwon.Web.Data.AppDbContext>(),
                Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
            return true;
        });
        Assert.Contains($"unkeyed-entries={count}", await File.ReadAllTextAsync(app.LedgerKeyFile));
        var old = await VerifyAsync(on: app);
        Assert.True(old.Holds, old.Break?.Problem);
        Assert.Equal(count, old.UnkeyedEntries);
        Assert.Null(old.KeyedSince);

        // New entries are keyed and chain on from the old head.
        var id = await RecordAsync("키 도입 뒤에 기록된 사건입니다.", app);
        var entries = await EntriesAsync(app);
        Assert.All(entries.Take(count), e => Assert.Equal(LedgerAlgorithm.Sha256, e.Algorithm));
        Assert.All(entries.Skip(count), e => Assert.Equal(LedgerAlgorithm.HmacSha256, e.Algorithm));
        var report = await VerifyAsync(on: app);
        Assert.True(report.Holds, report.Break?.Problem);
        Assert.Equal(count, report.UnkeyedEntries);
        Assert.Equal(entries[count].RecordedAt, report.KeyedSince);
        var (code, output) = await RunCliOnAsync(app);
        Assert.Equal(0, code);
        Assert.Contains($"{count} of them unkeyed (before", output);

        // An old entry rewritten and re-hashed with SHA-256 no longer fits the first keyed entry, which the attacker cannot re-key.
        var first = entries[0];
        await app.ExecuteDbContextAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"IncidentLedgerEntries\" SET \"Payload\" = {first.Payload.Replace("욕설과 협박을 반복", "언성을 높이기도")} WHERE \"Sequence\" = 1"));
        await RehashFromAsync(1, e => e.Algorithm == LedgerAlgorithm.Sha256 ? PlainSha256(e) : e.Hash, app);
        var rewritten = await VerifyAsync(on: app);
        Assert.Equal(ChainStatus.Broken, rewritten.Status);
        Assert.Equal(count + 1, rewritten.Break!.Sequence);
        await RestoreAsync(entries, app);
        Assert.True((await VerifyAsync(on: app)).Holds);

        // And a keyed entry cannot be passed off as one written before the key.
        await RehashFromAsync(count + 1, Sha256AsUnkeyed, app);
        var downgraded = await VerifyAsync(on: app);
        Assert.Equal(ChainStatus.Broken, downgraded.Status);
        Assert.Equal(count + 1, downgraded.Break!.Sequence);
        Assert.Contains("predate the ledger key", downgraded.Break.Problem);
        Assert.True(id > 0);
    }
}

[Collection(Collections.Sqlite)] public sealed class IncidentForgerySqliteTests(SqliteApp app) : IncidentForgeryTests(app);
[Collection(Collections.Postgres)] public sealed class IncidentForgeryPostgresTests(PostgresApp app) : IncidentForgeryTests(app);
