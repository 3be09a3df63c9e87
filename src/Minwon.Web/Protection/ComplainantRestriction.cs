using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Protection;

public enum RestrictionKind
{
    /// <summary>콜센터 이용 제한: calls are answered only to refer the caller to written channels.</summary>
    CallSuspension,
    /// <summary>청사 출입 제한: the desk refuses in-person visits.</summary>
    EntryBan,
    /// <summary>서면 응대: answers only in writing, no phone or visit.</summary>
    WrittenOnly,
}

/// <summary>A measure against a complainant, with who set it, why and until when; lifting it early is recorded too.</summary>
public class ComplainantRestriction
{
    public long Id { get; set; }
    public required string ComplainantKey { get; set; }
    public RestrictionKind Kind { get; set; }
    public required string Reason { get; set; }
    public required string SetById { get; set; }
    public required string SetByAlias { get; set; }
    public DateTime SetAt { get; set; }
    public DateTime Until { get; set; }
    public DateTime? LiftedAt { get; set; }
    public string? LiftedByAlias { get; set; }

    public bool IsActive(DateTime nowUtc) => LiftedAt is null && Until > nowUtc;
}

sealed class ComplainantRestrictionConfiguration : IEntityTypeConfiguration<ComplainantRestriction>
{
    public void Configure(EntityTypeBuilder<ComplainantRestriction> b)
    {
        b.ToTable("ComplainantRestrictions");
        b.Property(x => x.ComplainantKey).HasMaxLength(32);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.SetById).HasMaxLength(450);
        b.Property(x => x.SetByAlias).HasMaxLength(50);
        b.Property(x => x.LiftedByAlias).HasMaxLength(50);
        b.HasIndex(x => x.ComplainantKey);
    }
}
