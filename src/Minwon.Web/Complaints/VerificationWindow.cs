using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Complaints;

/// <summary>Verification attempts of one client address in one fixed window, counted in the database so that every instance shares them.</summary>
public class VerificationWindow
{
    public required string Client { get; set; }
    public DateTime WindowStart { get; set; }
    public int Count { get; set; }
}

sealed class VerificationWindowConfiguration : IEntityTypeConfiguration<VerificationWindow>
{
    public void Configure(EntityTypeBuilder<VerificationWindow> b)
    {
        b.ToTable("VerificationWindows");
        b.HasKey(x => new { x.Client, x.WindowStart });
        b.Property(x => x.Client).HasMaxLength(64);
        b.HasIndex(x => x.WindowStart);
    }
}
