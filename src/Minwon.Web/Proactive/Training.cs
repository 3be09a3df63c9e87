using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minwon.Web.Departments;
using Minwon.Web.Staff;

namespace Minwon.Web.Proactive;

public enum TrainingMode { InPerson, Online }

/// <summary>A 적극행정 training session, in a room or streamed online.</summary>
public class TrainingSession
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public TrainingMode Mode { get; set; }
    public string? Location { get; set; }
    public string? StreamUrl { get; set; }
    public DateTime StartsAt { get; set; }
    public int Hours { get; set; }
    public List<TrainingEnrolment> Enrolments { get; set; } = [];
}

/// <summary>A staff member enrolled in a session; the department is kept as of enrolment for the per-department report.</summary>
public class TrainingEnrolment
{
    public long Id { get; set; }
    public int SessionId { get; set; }
    public TrainingSession? Session { get; set; }
    public required string StaffUserId { get; set; }
    public StaffUser? StaffUser { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public bool Attended { get; set; }
    public DateTime? CompletedAt { get; set; }
}

/// <summary>A task of the yearly execution plan (실행계획) with its owner department, milestone and progress.</summary>
public class PlanTask
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public required string Milestone { get; set; }
    public DateOnly DueOn { get; set; }
    public int Progress { get; set; }
}

sealed class TrainingConfiguration : IEntityTypeConfiguration<TrainingSession>, IEntityTypeConfiguration<TrainingEnrolment>, IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.ToTable("ProactiveTrainingSessions");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.StreamUrl).HasMaxLength(500);
        b.HasMany(x => x.Enrolments).WithOne(e => e.Session).HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TrainingEnrolment> b)
    {
        b.ToTable("ProactiveTrainingEnrolments");
        b.HasIndex(x => new { x.SessionId, x.StaffUserId }).IsUnique();
        b.HasOne(x => x.StaffUser).WithMany().HasForeignKey(x => x.StaffUserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PlanTask> b)
    {
        b.ToTable("ProactivePlanTasks");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Milestone).HasMaxLength(200);
        b.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Year);
    }
}
