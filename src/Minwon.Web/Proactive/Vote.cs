using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Proactive;

/// <summary>One verified person's vote in a period; the unique (period, voter hash) index makes a second vote impossible.</summary>
public class PublicVote
{
    public long Id { get; set; }
    public int PeriodId { get; set; }
    public long RecommendationId { get; set; }
    /// <summary>SHA-256 of the period's salt and the normalised mobile number; the number itself is not kept.</summary>
    public required string VoterHash { get; set; }
    public DateTime At { get; set; }
}

/// <summary>A one-time code sent by SMS to prove the voter holds the phone; stored hashed, five tries, ten minutes.</summary>
public class VoteCode
{
    public long Id { get; set; }
    public int PeriodId { get; set; }
    public long RecommendationId { get; set; }
    public required string VoterHash { get; set; }
    public required string CodeHash { get; set; }
    public DateTime ExpiresAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? UsedAt { get; set; }
}

sealed class VoteConfiguration : IEntityTypeConfiguration<PublicVote>, IEntityTypeConfiguration<VoteCode>
{
    public void Configure(EntityTypeBuilder<PublicVote> b)
    {
        b.ToTable("ProactiveVotes");
        b.Property(x => x.VoterHash).HasMaxLength(64);
        b.HasIndex(x => new { x.PeriodId, x.VoterHash }).IsUnique();
        b.HasIndex(x => x.RecommendationId);
        b.HasOne<ProactivePeriod>().WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Recommendation>().WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<VoteCode> b)
    {
        b.ToTable("ProactiveVoteCodes");
        b.Property(x => x.VoterHash).HasMaxLength(64);
        b.Property(x => x.CodeHash).HasMaxLength(64);
        b.HasOne<ProactivePeriod>().WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Cascade);
    }
}
