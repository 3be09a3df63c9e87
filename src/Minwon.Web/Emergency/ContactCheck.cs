using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Emergency;

/// <summary>
/// A test of the emergency contact chain (비상 연락망 점검): a message marked as a test to the police liaison, the
/// drill contact and every webhook, so the safety team knows the chain works before the day it is needed.
/// </summary>
public class ContactCheck
{
    public long Id { get; set; }
    public required string RequestedByAlias { get; set; }
    public DateTime CreatedAt { get; set; }
}

sealed class ContactCheckConfiguration : IEntityTypeConfiguration<ContactCheck>
{
    public void Configure(EntityTypeBuilder<ContactCheck> b)
    {
        b.ToTable("ContactChecks");
        b.Property(x => x.RequestedByAlias).HasMaxLength(50);
        b.HasIndex(x => x.CreatedAt);
    }
}
