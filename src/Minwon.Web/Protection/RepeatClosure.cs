using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Protection;

public enum ClosureDecision { Pending, Approved, Rejected }

/// <summary>
/// An officer's proposal to close a repeated complaint under Art. 23 of the Civil Petitions Act (종결처리), and the
/// supervisor's decision on it.
/// </summary>
public class RepeatClosure
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    /// <summary>Receipt numbers of the earlier answered complaints it repeats, comma-separated.</summary>
    public required string EarlierReceipts { get; set; }
    public required string Reason { get; set; }
    public required string ProposedById { get; set; }
    public required string ProposedByAlias { get; set; }
    public DateTime ProposedAt { get; set; }
    public ClosureDecision Decision { get; set; }
    public string? DecidedByAlias { get; set; }
    public DateTime? DecidedAt { get; set; }
}

sealed class RepeatClosureConfiguration : IEntityTypeConfiguration<RepeatClosure>
{
    public void Configure(EntityTypeBuilder<RepeatClosure> b)
    {
        b.ToTable("RepeatClosures");
        b.Property(x => x.EarlierReceipts).HasMaxLength(2000);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.ProposedById).HasMaxLength(450);
        b.Property(x => x.ProposedByAlias).HasMaxLength(50);
        b.Property(x => x.DecidedByAlias).HasMaxLength(50);
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => x.ComplaintId);
        b.HasIndex(x => x.Decision);
    }
}
