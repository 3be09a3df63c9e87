using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minwon.Web.Departments;
using Minwon.Web.Staff;

namespace Minwon.Web.Proactive;

public enum RecommendationKind { Official, Case }

/// <summary>Submitted → screened (eligible or not) → shortlisted for the vote (optional) → selected or not.</summary>
public enum RecommendationStatus { Submitted, Eligible, Ineligible, Selected, NotSelected }

public enum AwardLevel { Grand, Excellent, Merit }

/// <summary>
/// A citizen's recommendation of an official or a case for 적극행정. When it names the handler of an answered complaint,
/// <see cref="NomineeId"/> is filled on the server from the complaint's history: the citizen only ever saw the alias.
/// </summary>
public class Recommendation
{
    public long Id { get; set; }
    public RecommendationKind Kind { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public long? ComplaintId { get; set; }
    public string? NomineeId { get; set; }
    public StaffUser? Nominee { get; set; }
    /// <summary>The nominee's public alias at the time of the recommendation.</summary>
    public string? NomineeAlias { get; set; }

    public required string Title { get; set; }
    public required string Description { get; set; }
    /// <summary>What changed: the procedure, regulation or practice that was improved.</summary>
    public required string Change { get; set; }

    public required string RecommenderName { get; set; }
    public string? RecommenderPhone { get; set; }
    public string? RecommenderEmail { get; set; }
    public string? PhoneLast4 { get; set; }
    public string? PasswordHash { get; set; }
    public string Language { get; set; } = "ko";
    public DateTime SubmittedAt { get; set; }

    public RecommendationStatus Status { get; set; }
    public int? PeriodId { get; set; }
    public ProactivePeriod? Period { get; set; }
    public string? ScreeningReason { get; set; }
    public DateTime? ScreenedAt { get; set; }
    public string? ScreenedByAlias { get; set; }

    /// <summary>Open to the public vote of its period.</summary>
    public bool Shortlisted { get; set; }
    public AwardLevel? Award { get; set; }
    public string? Reward { get; set; }
    public DateTime? SelectedAt { get; set; }

    // What the public sees, written by the committee in both languages.
    public string? PublicTitle { get; set; }
    public string? PublicTitleEn { get; set; }
    public string? PublicSummary { get; set; }
    public string? PublicSummaryEn { get; set; }
    /// <summary>The official agreed to be named in the gallery; recorded with who recorded it and when.</summary>
    public bool NameConsent { get; set; }
    public DateTime? NameConsentRecordedAt { get; set; }
    public string? NameConsentRecordedByAlias { get; set; }
    public DateTime? PublishedAt { get; set; }

    public string ReceiptNumber => ProactiveReceipt.Format(Id, SubmittedAt);
}

sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> b)
    {
        b.ToTable("ProactiveRecommendations");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Award).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.NomineeAlias).HasMaxLength(50);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Change).HasMaxLength(2000);
        b.Property(x => x.RecommenderName).HasMaxLength(50);
        b.Property(x => x.RecommenderPhone).HasMaxLength(20);
        b.Property(x => x.RecommenderEmail).HasMaxLength(254);
        b.Property(x => x.PhoneLast4).HasMaxLength(4);
        b.Property(x => x.Language).HasMaxLength(2);
        b.Property(x => x.ScreeningReason).HasMaxLength(1000);
        b.Property(x => x.ScreenedByAlias).HasMaxLength(50);
        b.Property(x => x.Reward).HasMaxLength(200);
        b.Property(x => x.PublicTitle).HasMaxLength(200);
        b.Property(x => x.PublicTitleEn).HasMaxLength(200);
        b.Property(x => x.PublicSummary).HasMaxLength(2000);
        b.Property(x => x.PublicSummaryEn).HasMaxLength(2000);
        b.Property(x => x.NameConsentRecordedByAlias).HasMaxLength(50);
        b.Ignore(x => x.ReceiptNumber);
        b.HasOne(x => x.Nominee).WithMany().HasForeignKey(x => x.NomineeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Period).WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Status, x.SubmittedAt });
        b.HasIndex(x => new { x.PeriodId, x.Status });
    }
}
