using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;

namespace Minwon.Web.Incidents;

/// <summary>Where the chain first breaks: the entry, its incident and what did not match (in English, for logs and the CLI).</summary>
public sealed record ChainBreak(long Sequence, long IncidentId, string Problem);

public sealed record ChainReport(bool Holds, long EntriesChecked, long EvidenceChecked, string HeadHash, ChainBreak? Break);

/// <summary>
/// Walks the whole ledger in sequence order: numbering without gaps, each entry pointing at the hash of the one
/// before, each hash recomputed from the stored fields; then re-hashes every evidence file against the hash its
/// ledger entry recorded. Reports the first break. Removing the newest entries leaves a shorter chain that still
/// holds, which is why the head hash is shown to be written down (or exported) and compared later.
/// </summary>
public sealed class IncidentVerifier(AppDbContext db)
{
    public async Task<ChainReport> VerifyAsync(CancellationToken ct = default)
    {
        var previous = IncidentLedgerEntry.GenesisHash;
        long expected = 1, checkedEntries = 0, checkedEvidence = 0;
        var recorded = new Dictionary<long, (long Sequence, long IncidentId, EvidencePayload Payload)>();
        await foreach (var e in db.Set<IncidentLedgerEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            ChainReport Broken(string problem) => new(false, checkedEntries, checkedEvidence, previous, new ChainBreak(e.Sequence, e.IncidentId, problem));
            if (e.Sequence != expected) return Broken($"expected entry {expected} but found {e.Sequence}: entries are missing");
            if (e.PreviousHash != previous) return Broken("its previous-hash does not match the hash of the entry before it");
            if (e.ComputeHash() != e.Hash) return Broken("its stored hash does not match its content (the entry was altered)");
            if (e.Kind == LedgerEntryKind.EvidenceAdded)
            {
                EvidencePayload p;
                try { p = LedgerJson.Read<EvidencePayload>(e.Payload); }
                catch (System.Text.Json.JsonException) { return Broken("its evidence record cannot be read"); }
                recorded[p.EvidenceId] = (e.Sequence, e.IncidentId, p);
            }
            previous = e.Hash;
            expected++;
            checkedEntries++;
        }

        // Evidence: each file's bytes must still hash to what the ledger recorded, one file in memory at a time.
        var ids = await db.Set<IncidentEvidence>().AsNoTracking().OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            var row = await db.Set<IncidentEvidence>().AsNoTracking().Include(x => x.Content).FirstAsync(x => x.Id == id, ct);
            if (!recorded.Remove(id, out var r))
                return new(false, checkedEntries, checkedEvidence, previous, new ChainBreak(0, row.IncidentId, $"evidence file {id} ({row.FileName}) has no ledger entry"));
            ChainReport Bad(string problem) => new(false, checkedEntries, checkedEvidence, previous, new ChainBreak(r.Sequence, r.IncidentId, problem));
            if (row.Content is null) return Bad($"the content of evidence file {id} ({r.Payload.FileName}) is missing");
            var hash = Convert.ToHexStringLower(SHA256.HashData(row.Content.Data));
            if (hash != r.Payload.Sha256 || row.Sha256 != r.Payload.Sha256 || row.IncidentId != r.IncidentId)
                return Bad($"evidence file {id} ({r.Payload.FileName}) no longer matches the SHA-256 recorded in the ledger");
            checkedEvidence++;
        }
        if (recorded.Count > 0)
        {
            var (missingId, r) = recorded.First();
            return new(false, checkedEntries, checkedEvidence, previous, new ChainBreak(r.Sequence, r.IncidentId, $"evidence file {missingId} ({r.Payload.FileName}) is missing"));
        }
        return new(true, checkedEntries, checkedEvidence, previous, null);
    }
}
