using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Emergency;

/// <summary>The roles of the response to a threatening visitor, in the order of the national guidance.</summary>
public enum DrillRoleKind { Mediation, Warning, Filming, Reporting, Response }

/// <summary>
/// A rehearsal (모의훈련) of the emergency response: a scenario with a role per participant, run in drill mode (every
/// screen and message marked, never sent to the police), measuring how long each role takes to acknowledge.
/// </summary>
public class Drill
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public required string Scenario { get; set; }
    public DateTime ScheduledAt { get; set; }
    /// <summary>An unannounced drill: <see cref="DrillAutoStart"/> starts it at <see cref="ScheduledAt"/>.</summary>
    public bool StartsAutomatically { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? Notes { get; set; }
    public required string CreatedByAlias { get; set; }
    public DateTime CreatedAt { get; set; }
    public long? EmergencyAlertId { get; set; }
    public List<DrillRole> Roles { get; set; } = [];
}

public class DrillRole
{
    public long Id { get; set; }
    public long DrillId { get; set; }
    public DrillRoleKind Role { get; set; }
    public required string UserId { get; set; }
    /// <summary>The participant's public alias, kept so the report reads the same after staff changes.</summary>
    public required string Alias { get; set; }
    public DateTime? AcknowledgedAt { get; set; }

    public TimeSpan? ResponseTime(DateTime? startedAt) => AcknowledgedAt is { } ack && startedAt is { } start ? ack - start : null;
}

sealed class DrillConfiguration : IEntityTypeConfiguration<Drill>
{
    public void Configure(EntityTypeBuilder<Drill> b)
    {
        b.ToTable("Drills");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Scenario).HasMaxLength(4000);
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.Property(x => x.CreatedByAlias).HasMaxLength(50);
        b.HasMany(x => x.Roles).WithOne().HasForeignKey(r => r.DrillId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ScheduledAt);
    }
}

sealed class DrillRoleConfiguration : IEntityTypeConfiguration<DrillRole>
{
    public void Configure(EntityTypeBuilder<DrillRole> b)
    {
        b.ToTable("DrillRoles");
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Alias).HasMaxLength(50);
        b.HasIndex(x => new { x.DrillId, x.Role }).IsUnique();
    }
}
