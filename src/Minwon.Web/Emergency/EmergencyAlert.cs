using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minwon.Web.Alerts;

namespace Minwon.Web.Emergency;

public enum EmergencySource { Button, Device, Drill }

/// <summary>
/// One press of the emergency bell (비상벨): from the button on a staff page, a physical desk button, or a drill.
/// Its banner and responses go through the linked <see cref="StaffAlert"/>; the times are copied here when staff
/// acknowledge or resolve it (<see cref="EmergencyAlertSync"/>), so the emergency record is complete on its own.
/// </summary>
public class EmergencyAlert
{
    public long Id { get; set; }
    public EmergencySource Source { get; set; }
    public bool IsDrill { get; set; }
    /// <summary>Who pressed it: the staff member's public alias, or the device's name.</summary>
    public required string RaisedBy { get; set; }
    public long? DeviceId { get; set; }
    public string? Location { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Set in the same transaction that stores the alert (null only inside it: the alert link needs this id first).</summary>
    public long? StaffAlertId { get; set; }
    public StaffAlert? StaffAlert { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public string? AcknowledgedByAlias { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedByAlias { get; set; }
}

sealed class EmergencyAlertConfiguration : IEntityTypeConfiguration<EmergencyAlert>
{
    public void Configure(EntityTypeBuilder<EmergencyAlert> b)
    {
        b.ToTable("EmergencyAlerts");
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.RaisedBy).HasMaxLength(100);
        b.Property(x => x.Location).HasMaxLength(100);
        b.Property(x => x.AcknowledgedByAlias).HasMaxLength(50);
        b.Property(x => x.ResolvedByAlias).HasMaxLength(50);
        b.HasOne(x => x.StaffAlert).WithMany().HasForeignKey(x => x.StaffAlertId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.StaffAlertId).IsUnique();
        b.HasIndex(x => x.CreatedAt);
    }
}
