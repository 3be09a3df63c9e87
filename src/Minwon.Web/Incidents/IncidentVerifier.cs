using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Contact;
using Minwon.Web.Data;

namespace Minwon.Web.Incidents;

/// <summary>Where the chain first breaks: the entry, its incident and what did not match (in English, for logs and the CLI).</summary>
public sealed record ChainBreak(long Sequence, long IncidentId, string Problem);

/// <summary>Holds; Broken (something stored was changed, removed or forged); KeyProblem (no key, or not the chain's key: nothing could be checked).</summary>
public enum ChainStatus { Holds, Broken, KeyProblem }

/// <summary>
/// The head of the chain, written down or sent outside the database: "entries:mac", e.g. "42:3f9a…". Checked later
/// against the chain, it exposes removed newest entries, which the chain alone cannot show.
/// </summary>
public sealed record LedgerAnchor(long Entries, string HeadHash)
{
    public override string ToString() => $"{Entries.ToString(CultureInfo.InvariantCulture)}:{HeadHash}";

    public static bool TryParse(string? text, out LedgerAnchor anchor)
    {
        anchor = null!;
        var parts = text?.Trim().Split(':');
        if (parts is not [var n, var hash] || !long.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var entries) || entries < 1
            || hash.Length != 64 || !hash.All(char.IsAsciiHexDigit)) return false;
        anchor = new LedgerAnchor(entries, hash.ToLowerInvariant());
        return true;
    }
}

public sealed record ChainReport(ChainStatus Status, long EntriesChecked, long EvidenceChecked, string HeadHash, ChainBreak? Break)
{
    public bool Holds => Status == ChainStatus.Holds;
    /// <summary>Entries at the start of the chain written before the key (plain SHA-256): they prove less, see docs/incidents.md.</summary>
    public long UnkeyedEntries { get; init; }
    /// <summary>When the first keyed entry was written; the unkeyed entries are all older. Null while no entry is keyed.</summary>
    public DateTime? KeyedSince { get; init; }
    /// <summary>The fingerprint of the key the chain was checked with.</summary>
    public string? KeyId { get; init; }
    /// <summary>The anchor the chain was checked against, when one was given.</summary>
    public LedgerAnchor? CheckedAnchor { get; init; }
    /// <summary>The head to write down now (only meaningful when the chain holds).</summary>
    public LedgerAnchor Anchor => new(EntriesChecked, HeadHash);
}

/// <summary>
/// Walks the whole ledger in sequence order: numbering without gaps, each entry pointing at the MAC of the one before,
/// each MAC recomputed with the ledger key (unkeyed entries only at the start, as many as the key allows); then checks
/// every incident row against the entry that recorded it, and every evidence row and file against its entry. Reports
/// the first break. Removing the newest entries leaves a shorter chain that still holds: only an anchor (the head
/// written down earlier, <see cref="LedgerAnchor"/>) exposes that.
/// </summary>
public sealed class IncidentVerifier(AppDbContext db, IncidentLedgerKeyStore keys)
{
    sealed record CreatedRecord(long Sequence, DateTime RecordedAt, CreatedPayload Payload);

    public Task<ChainReport> VerifyAsync(CancellationToken ct = default) => VerifyAsync(null, ct);

    public async Task<ChainReport> VerifyAsync(LedgerAnchor? anchor, CancellationToken ct)
    {
        if (keys.TryLoad(out var keyProblem) is not { } key)
            return new(ChainStatus.KeyProblem, 0, 0, IncidentLedgerEntry.GenesisHash, new ChainBreak(0, 0, keyProblem));

        var previous = IncidentLedgerEntry.GenesisHash;
        long expected = 1, checkedEntries = 0, checkedEvidence = 0, unkeyed = 0;
        DateTime? keyedSince = null;
        string? anchoredHash = null;
        long anchoredIncident = 0;
        var recorded = new Dictionary<long, (long Sequence, long IncidentId, EvidencePayload Payload)>();
        var created = new Dictionary<long, CreatedRecord>();
        var named = new Dictionary<long, long>();      // incident id → first entry naming it
        ChainReport Report(ChainStatus status, ChainBreak? b) => new(status, checkedEntries, checkedEvidence, previous, b)
        {
            UnkeyedEntries = unkeyed, KeyedSince = keyedSince, KeyId = key.Id, CheckedAnchor = anchor,
        };

        await foreach (var e in db.Set<IncidentLedgerEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            ChainReport Broken(string problem) => Report(ChainStatus.Broken, new ChainBreak(e.Sequence, e.IncidentId, problem));
            if (e.Sequence != expected) return Broken($"expected entry {expected} but found {e.Sequence}: entries are missing");
            if (e.PreviousHash != previous) return Broken("its previous-hash does not match the hash of the entry before it");
            switch (e.Algorithm)
            {
                case LedgerAlgorithm.Sha256:
                    if (keyedSince is not null)
                        return Broken("it is unkeyed (plain SHA-256) but follows keyed entries: a keyed entry was replaced by one anybody can compute");
                    if (e.Sequence > key.UnkeyedEntries)
                        return Broken($"it is unkeyed (plain SHA-256), but only the first {key.UnkeyedEntries} entries predate the ledger key ({key.Source}): " +
                            "a keyed entry was replaced by one anybody can compute (if these entries are older than the keyed ledger, set Incidents:LedgerUnkeyedEntries)");
                    if (e.ComputeHash(key) != e.Hash) return Broken("its stored hash does not match its content (the entry was altered)");
                    unkeyed++;
                    break;
                case LedgerAlgorithm.HmacSha256:
                    if (e.KeyId != key.Id)
                        return keyedSince is null
                            ? Report(ChainStatus.KeyProblem, new ChainBreak(e.Sequence, e.IncidentId,
                                $"it was keyed with ledger key {e.KeyId}, but the key in use ({key.Source}) is {key.Id}: the key was changed or lost; verify with the key the chain was written with"))
                            : Broken($"it names ledger key {e.KeyId}, the entries before it key {key.Id}");
                    if (e.ComputeHash(key) != e.Hash) return Broken("its MAC does not match its content (the entry was altered, or re-hashed without the ledger key)");
                    keyedSince ??= e.RecordedAt;
                    break;
                default:
                    return Broken($"unknown algorithm {e.Algorithm}");
            }
            named.TryAdd(e.IncidentId, e.Sequence);
            try
            {
                if (e.Kind == LedgerEntryKind.Created && !created.TryAdd(e.IncidentId, new(e.Sequence, e.RecordedAt, LedgerJson.Read<CreatedPayload>(e.Payload))))
                    return Broken($"incident {e.IncidentId} is recorded a second time");
                if (e.Kind == LedgerEntryKind.EvidenceAdded)
                {
                    var p = LedgerJson.Read<EvidencePayload>(e.Payload);
                    recorded[p.EvidenceId] = (e.Sequence, e.IncidentId, p);
                }
            }
            catch (JsonException) { return Broken("its record cannot be read"); }
            previous = e.Hash;
            expected++;
            checkedEntries++;
            if (anchor?.Entries == e.Sequence) (anchoredHash, anchoredIncident) = (e.Hash, e.IncidentId);
        }

        // An anchor taken earlier: the chain must still reach it, and reach it through the same entries.
        if (anchor is not null && anchoredHash is null)
            return Report(ChainStatus.Broken, new ChainBreak(anchor.Entries, 0,
                $"the chain ends at entry {checkedEntries}, but the anchor {anchor} names entry {anchor.Entries}: the newest entries were removed"));
        if (anchor is not null && anchoredHash != anchor.HeadHash)
            return Report(ChainStatus.Broken, new ChainBreak(anchor.Entries, anchoredIncident,
                $"entry {anchor.Entries} does not match the anchor {anchor}: the chain up to it was rewritten"));

        // Incident rows: what the register lists and other features look up must be what the chain recorded.
        var rows = await db.Set<Incident>().AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        foreach (var row in rows)
        {
            named.Remove(row.Id);
            if (!created.TryGetValue(row.Id, out var c))
                return Report(ChainStatus.Broken, new ChainBreak(0, row.Id, $"incident {row.Id} has no entry recording it in the ledger"));
            var p = c.Payload;
            var phone = p.ComplainantPhone is null ? null : KoreanPhone.Digits(p.ComplainantPhone);
            var differs = row.Type != p.Type ? "type"
                : row.Source != p.Source ? "source"
                : row.ComplaintId != p.ComplaintId ? "complaint"
                : row.ComplainantPhoneDigits != phone ? "complainant's phone"
                : row.OccurredAt.Ticks != p.OccurredAt.Ticks ? "time of the incident"
                : row.RecordedAt.Ticks != c.RecordedAt.Ticks ? "time of recording"
                : null;
            if (differs is not null)
                return Report(ChainStatus.Broken, new ChainBreak(c.Sequence, row.Id, $"the {differs} in the row of incident {row.Id} differs from what the ledger recorded"));
        }
        if (named.Count > 0)
        {
            var (incidentId, sequence) = named.First();
            return Report(ChainStatus.Broken, new ChainBreak(sequence, incidentId, $"incident {incidentId} named by the ledger has no incident row"));
        }

        // Evidence: each row must say what its entry recorded, and each file's bytes still hash to it, one file in memory at a time.
        var ids = await db.Set<IncidentEvidence>().AsNoTracking().OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            var row = await db.Set<IncidentEvidence>().AsNoTracking().Include(x => x.Content).FirstAsync(x => x.Id == id, ct);
            if (!recorded.Remove(id, out var r))
                return Report(ChainStatus.Broken, new ChainBreak(0, row.IncidentId, $"evidence file {id} ({row.FileName}) has no ledger entry"));
            ChainReport Bad(string problem) => Report(ChainStatus.Broken, new ChainBreak(r.Sequence, r.IncidentId, problem));
            var p = r.Payload;
            if (row.Content is null) return Bad($"the content of evidence file {id} ({p.FileName}) is missing");
            if (row.IncidentId != r.IncidentId || row.FileName != p.FileName || row.ContentType != p.ContentType || row.Size != p.Size)
                return Bad($"the row of evidence file {id} ({p.FileName}) differs from what the ledger recorded");
            var hash = Convert.ToHexStringLower(SHA256.HashData(row.Content.Data));
            if (hash != p.Sha256 || row.Sha256 != p.Sha256 || row.Content.Data.LongLength != p.Size)
                return Bad($"evidence file {id} ({p.FileName}) no longer matches the SHA-256 recorded in the ledger");
            checkedEvidence++;
        }
        if (recorded.Count > 0)
        {
            var (missingId, r) = recorded.First();
            return Report(ChainStatus.Broken, new ChainBreak(r.Sequence, r.IncidentId, $"evidence file {missingId} ({r.Payload.FileName}) is missing"));
        }
        return Report(ChainStatus.Holds, null);
    }
}
