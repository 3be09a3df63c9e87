using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minwon.Web.Departments;

namespace Minwon.Web.Complaints.Groups;

/// <summary>
/// 다수인관련민원 (Art. 24 of the Act on Civil Petitions): complaints that five or more people filed about a shared
/// interest, grouped in one department and answered together.
/// </summary>
public class ComplaintGroup
{
    public long Id { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    /// <summary>The shared subject, as the officer names it (never shown to citizens).</summary>
    public required string Title { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedById { get; set; }
    public required string CreatedByAlias { get; set; }

    public List<Complaint> Members { get; set; } = [];
}

sealed class ComplaintGroupConfiguration : IEntityTypeConfiguration<ComplaintGroup>
{
    public void Configure(EntityTypeBuilder<ComplaintGroup> b)
    {
        b.ToTable("ComplaintGroups");
        b.Property(x => x.Title).HasMaxLength(ComplaintGroups.TitleMax);
        b.Property(x => x.CreatedById).HasMaxLength(450);
        b.Property(x => x.CreatedByAlias).HasMaxLength(50);
        b.HasIndex(x => x.DepartmentId);
        b.HasMany(x => x.Members).WithOne(c => c.Group).HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
