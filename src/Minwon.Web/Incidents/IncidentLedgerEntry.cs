using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Incidents;

public enum LedgerEntryKind { Created, EvidenceAdded, MeasureAdded, NoteAdded, PackageExported }

/// <summary>
/// One entry of the append-only incident register. Entries form a single chain over all incidents: each carries the
/// hash of the one before (sequence − 1), and its own hash covers that, its metadata and its JSON payload, so changing,
/// removing or reordering any stored entry breaks every check after it (<see cref="IncidentVerifier"/>).
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
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }

    /// <summary>The hash of the first entry's predecessor.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public string ComputeHash() => ComputeHash(Sequence, IncidentId, Kind, RecordedAt, ActorAlias, PreviousHash, Payload);

    /// <summary>SHA-256 (lowercase hex) of the fields joined by newlines, the time in UTC to the microsecond.</summary>
    public static string ComputeHash(long sequence, long incidentId, LedgerEntryKind kind, DateTime recordedAt, string actor, string previousHash, string payload)
    {
        var text = string.Join('\n', sequence.ToString(CultureInfo.InvariantCulture), incidentId.ToString(CultureInfo.InvariantCulture),
            kind.ToString(), recordedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture), actor, previousHash, payload);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

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
        b.HasIndex(x => x.IncidentId);
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
