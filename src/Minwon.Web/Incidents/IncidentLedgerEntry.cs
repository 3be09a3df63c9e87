using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Incidents;

public enum LedgerEntryKind { Created, EvidenceAdded, MeasureAdded, NoteAdded, PackageExported }

/// <summary>
/// How an entry's <see cref="IncidentLedgerEntry.Hash"/> was made. Sha256: entries written before the keyed chain
/// (anyone can recompute it, so it proves nothing against someone who can write to the database). HmacSha256: keyed
/// with the ledger key, which is kept outside the database (<see cref="IncidentLedgerKey"/>).
/// </summary>
public enum LedgerAlgorithm { Sha256, HmacSha256 }

/// <summary>
/// One entry of the append-only incident register. Entries form a single chain over all incidents: each carries the
/// MAC of the one before (sequence − 1), and its own MAC (HMAC-SHA256 with the ledger key) covers that, its metadata
/// and its JSON payload, so changing, removing or reordering any stored entry breaks every check after it, and without
/// the key nobody can compute a MAC that fits (<see cref="IncidentVerifier"/>). Entries written before the key have a
/// plain SHA-256 instead (<see cref="LedgerAlgorithm.Sha256"/>).
/// </summary>
public class IncidentLedgerEntry
{
    /// <summary>1, 2, 3 … with no gaps. The primary key, assigned by the writer, so two writers cannot both append n+1.</summary>
    public long Sequence { get; set; }
    public long IncidentId { get; set; }
    public LedgerEntryKind Kind { get; set; }
    /// <summary>The entry's data as written (JSON); the hash covers this exact text.</summary>
    public required string Payload { get; set; }
    public DateTime RecordedAt { get; set; }
    public required string ActorAlias { get; set; }
    /// <summary>The <see cref="Hash"/> (MAC) of the entry before; <see cref="GenesisHash"/> for the first.</summary>
    public required string PreviousHash { get; set; }
    /// <summary>The entry's MAC (HMAC-SHA256, lowercase hex), or its plain SHA-256 for entries older than the key.</summary>
    public required string Hash { get; set; }
    public LedgerAlgorithm Algorithm { get; set; } = LedgerAlgorithm.HmacSha256;
    /// <summary>Which ledger key made the MAC (<see cref="IncidentLedgerKey.Id"/>); null for unkeyed entries.</summary>
    public string? KeyId { get; set; }

    /// <summary>The hash of the first entry's predecessor.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The MAC this entry should carry under <paramref name="key"/>, or its plain SHA-256 if it is an unkeyed entry.</summary>
    public string ComputeHash(IncidentLedgerKey key) => Algorithm == LedgerAlgorithm.Sha256
        ? ComputeSha256(Sequence, IncidentId, Kind, RecordedAt, ActorAlias, PreviousHash, Payload)
        : key.Mac(KeyedText(KeyId ?? "", Sequence, IncidentId, Kind, RecordedAt, ActorAlias, PreviousHash, Payload));

    /// <summary>The first version's hash: SHA-256 (lowercase hex) of the fields joined by newlines, the time in UTC to the microsecond.</summary>
    public static string ComputeSha256(long sequence, long incidentId, LedgerEntryKind kind, DateTime recordedAt, string actor, string previousHash, string payload) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Fields(sequence, incidentId, kind, recordedAt, actor, previousHash, payload))));

    /// <summary>What the MAC covers: a version label and the key id, then the same fields as the first version.</summary>
    public static string KeyedText(string keyId, long sequence, long incidentId, LedgerEntryKind kind, DateTime recordedAt, string actor, string previousHash, string payload) =>
        "minwon-incident-ledger/hmac-sha256/v2\n" + keyId + "\n" + Fields(sequence, incidentId, kind, recordedAt, actor, previousHash, payload);

    static string Fields(long sequence, long incidentId, LedgerEntryKind kind, DateTime recordedAt, string actor, string previousHash, string payload) =>
        string.Join('\n', sequence.ToString(CultureInfo.InvariantCulture), incidentId.ToString(CultureInfo.InvariantCulture),
            kind.ToString(), recordedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture), actor, previousHash, payload);

    /// <summary>PostgreSQL keeps microseconds; cut the clock to them so the hash survives the round trip.</summary>
    public static DateTime ToStoredPrecision(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);
}

sealed class IncidentLedgerEntryConfiguration : IEntityTypeConfiguration<IncidentLedgerEntry>
{
    public void Configure(EntityTypeBuilder<IncidentLedgerEntry> b)
    {
        b.ToTable("IncidentLedgerEntries");
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.ActorAlias).HasMaxLength(50);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.Algorithm).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.KeyId).HasMaxLength(16);
        b.HasIndex(x => x.IncidentId);
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
