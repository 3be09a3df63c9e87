using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Incidents;

public enum IncidentType { VerbalAbuse, Threat, Assault, SexualHarassment, PropertyDamage, Obstruction, RepeatedComplaint }

public enum IncidentSource { Complaint, Call, WalkIn }

public enum IncidentMeasure { Warning, CallEnded, EntryBan, PoliceReport, Rest, Counselling, Reassignment }

/// <summary>
/// The lookup row of an incident, written once when it is recorded and never changed. What happened and what was done
/// is in the <see cref="IncidentLedgerEntry"/> chain; pages read the incident from there.
/// </summary>
public class Incident
{
    public long Id { get; set; }
    public IncidentType Type { get; set; }
    public IncidentSource Source { get; set; }
    public long? ComplaintId { get; set; }
    /// <summary>The complainant's phone as digits only ("01023456789"), so other features can find their incidents.</summary>
    public string? ComplainantPhoneDigits { get; set; }
    public DateTime OccurredAt { get; set; }
    public DateTime RecordedAt { get; set; }

    public string Number => $"INC-{RecordedAt:yyyy}-{Id:D5}";
}

/// <summary>An evidence file (audio, image, PDF); its SHA-256 is recorded in the ledger when it is added.</summary>
public class IncidentEvidence
{
    public long Id { get; set; }
    public long IncidentId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public IncidentEvidenceContent? Content { get; set; }
}

/// <summary>The bytes in their own table so lists of evidence never load them.</summary>
public class IncidentEvidenceContent
{
    public long EvidenceId { get; set; }
    public required byte[] Data { get; set; }
}

sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> b)
    {
        b.ToTable("Incidents");
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ComplainantPhoneDigits).HasMaxLength(20);
        b.Ignore(x => x.Number);
        b.HasIndex(x => x.ComplainantPhoneDigits);
        b.HasIndex(x => x.ComplaintId);
        b.HasIndex(x => x.OccurredAt);
    }
}

sealed class IncidentEvidenceConfiguration : IEntityTypeConfiguration<IncidentEvidence>
{
    public void Configure(EntityTypeBuilder<IncidentEvidence> b)
    {
        b.ToTable("IncidentEvidence");
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasIndex(x => x.IncidentId);
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Content).WithOne().HasForeignKey<IncidentEvidenceContent>(x => x.EvidenceId).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class IncidentEvidenceContentConfiguration : IEntityTypeConfiguration<IncidentEvidenceContent>
{
    public void Configure(EntityTypeBuilder<IncidentEvidenceContent> b) => b.ToTable("IncidentEvidenceContents").HasKey(x => x.EvidenceId);
}
