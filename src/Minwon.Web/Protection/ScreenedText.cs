using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minwon.Web.Complaints;

namespace Minwon.Web.Protection;

/// <summary>How hard a text is on the person who reads it: the badge officers see before anything else.</summary>
public enum TextSeverity { None, Caution, Serious, Threat }

/// <summary>Which incoming text was screened.</summary>
public enum ScreenedField { Title, Body, RatingComment, CallNote }

/// <summary>
/// The screening of one incoming text, made on arrival: the masked version officers read by default, the severity and
/// categories. The original stays where it arrived (the complaint); showing it is a logged <see cref="RevealRecord"/>.
/// </summary>
public class ScreenedText
{
    public long Id { get; set; }
    public long? ComplaintId { get; set; }
    public Complaint? Complaint { get; set; }
    public ScreenedField Field { get; set; }
    public TextSeverity Severity { get; set; }
    /// <summary>Comma-separated <see cref="Minwon.Screening.AbuseCategory"/> names, most likely first.</summary>
    public string Categories { get; set; } = "";
    public float Score { get; set; }
    public bool HasPersonalData { get; set; }
    public required string Masked { get; set; }
    public DateTime ScreenedAt { get; set; }

    public bool NeedsMasking => Severity != TextSeverity.None || HasPersonalData;
}

/// <summary>Who saw an original text behind its mask, and when (the audit log of reveals).</summary>
public class RevealRecord
{
    public long Id { get; set; }
    public long ScreenedTextId { get; set; }
    public ScreenedText? ScreenedText { get; set; }
    public required string ActorId { get; set; }
    public required string ActorAlias { get; set; }
    public DateTime At { get; set; }
}

sealed class ScreenedTextConfiguration : IEntityTypeConfiguration<ScreenedText>
{
    public void Configure(EntityTypeBuilder<ScreenedText> b)
    {
        b.ToTable("ScreenedTexts");
        b.Property(x => x.Field).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Severity).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Categories).HasMaxLength(100);
        b.Property(x => x.Masked).HasMaxLength(10_000);
        b.HasOne(x => x.Complaint).WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ComplaintId);
    }
}

sealed class RevealRecordConfiguration : IEntityTypeConfiguration<RevealRecord>
{
    public void Configure(EntityTypeBuilder<RevealRecord> b)
    {
        b.ToTable("RevealRecords");
        b.Property(x => x.ActorId).HasMaxLength(450);
        b.Property(x => x.ActorAlias).HasMaxLength(50);
        b.HasIndex(x => x.ScreenedTextId);
    }
}
