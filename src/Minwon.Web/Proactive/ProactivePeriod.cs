using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Proactive;

public enum PeriodKind { Quarter, HalfYear }

/// <summary>
/// One selection round of the committee (a quarter or a half-year): its scoring criteria, the jury's share of the
/// final score (the rest is the public vote) and the vote window.
/// </summary>
public class ProactivePeriod
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public PeriodKind Kind { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>Percent of the final score from the jury; 100 − this comes from the public vote when a vote is held.</summary>
    public int JuryShare { get; set; } = 80;
    public DateTime? VoteOpensAt { get; set; }
    public DateTime? VoteClosesAt { get; set; }
    /// <summary>Per-period salt of the voters' phone hashes: a vote is unique per person and period, and the phone is not stored.</summary>
    public string VoteSalt { get; set; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    public List<ScoringCriterion> Criteria { get; set; } = [];

    public bool HasVote => VoteOpensAt is not null && VoteClosesAt is not null;
    public bool VoteOpen(DateTime now) => HasVote && now >= VoteOpensAt && now < VoteClosesAt;
    public bool VoteClosed(DateTime now) => HasVote && now >= VoteClosesAt;

    /// <summary>The defaults of most institutions' 적극행정 우수사례 심사표 (points per criterion, 100 in all).</summary>
    public static List<ScoringCriterion> DefaultCriteria() =>
    [
        new() { Name = "체감도", NameEn = "Impact felt by citizens", Weight = 30, Order = 1 },
        new() { Name = "적극성·창의성", NameEn = "Initiative and creativity", Weight = 30, Order = 2 },
        new() { Name = "중요도·난이도", NameEn = "Importance and difficulty", Weight = 20, Order = 3 },
        new() { Name = "확산가능성", NameEn = "Potential to spread", Weight = 20, Order = 4 },
    ];
}

/// <summary>A scoring criterion; a reviewer gives 0 up to <see cref="Weight"/> points on it.</summary>
public class ScoringCriterion
{
    public int Id { get; set; }
    public int PeriodId { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public int Weight { get; set; }
    public int Order { get; set; }
}

/// <summary>Points one reviewer gave one candidate on one criterion.</summary>
public class ReviewScore
{
    public long Id { get; set; }
    public long RecommendationId { get; set; }
    public int CriterionId { get; set; }
    public required string ReviewerId { get; set; }
    public required string ReviewerAlias { get; set; }
    public int Points { get; set; }
    public DateTime At { get; set; }
}

/// <summary>A reviewer kept from scoring a candidate of their own department.</summary>
public class Recusal
{
    public long Id { get; set; }
    public long RecommendationId { get; set; }
    public required string ReviewerId { get; set; }
    public required string ReviewerAlias { get; set; }
    public required string Reason { get; set; }
    public DateTime At { get; set; }
}

sealed class ProactivePeriodConfiguration : IEntityTypeConfiguration<ProactivePeriod>, IEntityTypeConfiguration<ScoringCriterion>,
    IEntityTypeConfiguration<ReviewScore>, IEntityTypeConfiguration<Recusal>
{
    public void Configure(EntityTypeBuilder<ProactivePeriod> b)
    {
        b.ToTable("ProactivePeriods");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.VoteSalt).HasMaxLength(64);
        b.Ignore(x => x.HasVote);
        b.HasMany(x => x.Criteria).WithOne().HasForeignKey(c => c.PeriodId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ScoringCriterion> b)
    {
        b.ToTable("ProactiveCriteria");
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.NameEn).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<ReviewScore> b)
    {
        b.ToTable("ProactiveScores");
        b.Property(x => x.ReviewerId).HasMaxLength(450);
        b.Property(x => x.ReviewerAlias).HasMaxLength(50);
        b.HasIndex(x => new { x.RecommendationId, x.ReviewerId, x.CriterionId }).IsUnique();
        b.HasOne<Recommendation>().WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ScoringCriterion>().WithMany().HasForeignKey(x => x.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Recusal> b)
    {
        b.ToTable("ProactiveRecusals");
        b.Property(x => x.ReviewerId).HasMaxLength(450);
        b.Property(x => x.ReviewerAlias).HasMaxLength(50);
        b.Property(x => x.Reason).HasMaxLength(200);
        b.HasIndex(x => new { x.RecommendationId, x.ReviewerId }).IsUnique();
        b.HasOne<Recommendation>().WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }
}
