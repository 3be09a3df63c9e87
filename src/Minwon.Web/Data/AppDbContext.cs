using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Calendar;
using Minwon.Web.Complaints;
using Minwon.Web.Departments;
using Minwon.Web.Notifications;
using Minwon.Web.Staff;

namespace Minwon.Web.Data;

/// <summary>The PostgreSQL model; <see cref="SqliteAppDbContext"/> derives from it to keep its own migration set.</summary>
public partial class AppDbContext : IdentityDbContext<StaffUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options) { }
    protected AppDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<StatutoryService> StatutoryServices => Set<StatutoryService>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintEvent> ComplaintEvents => Set<ComplaintEvent>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<AdminHoliday> AdminHolidays => Set<AdminHoliday>();
    /// <summary>Keys for cookies, bearer tokens and antiforgery, shared by every web instance through the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    const string OpenFilter = "\"Status\" IN ('Received', 'Assigned')";

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        // Feature folders configure their own entities with IEntityTypeConfiguration classes.
        b.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        b.Entity<Department>().HasIndex(d => d.Code).IsUnique();
        b.Entity<StaffUser>().HasIndex(u => u.PublicAlias).IsUnique();

        b.Entity<Complaint>(c =>
        {
            c.Property(x => x.Title).HasMaxLength(200);
            c.Property(x => x.Body).HasMaxLength(10_000);
            c.Property(x => x.CitizenName).HasMaxLength(50);
            c.Property(x => x.CitizenPhone).HasMaxLength(20);
            c.Property(x => x.CitizenEmail).HasMaxLength(254);
            c.Property(x => x.PhoneLast4).HasMaxLength(4);
            c.Property(x => x.Language).HasMaxLength(2);
            c.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.Version).IsConcurrencyToken();
            c.Ignore(x => x.ReceiptNumber);
            c.Ignore(x => x.IsOpen);
            // The department queue: keyset paging by (DueAt, Id) within a department and status.
            c.HasIndex(x => new { x.DepartmentId, x.Status, x.DueAt, x.Id });
            c.HasIndex(x => new { x.Status, x.DueAt, x.Id });
            // The default view is the open queue (two statuses). An IN list stops a (Status, DueAt, Id) index from
            // yielding rows in deadline order, so the open queue has partial indexes of its own. The filter text
            // must match the SQL EF generates for Status == Received || Status == Assigned.
            c.HasIndex(x => new { x.DepartmentId, x.DueAt, x.Id }, "IX_Complaints_Open_Department").HasFilter(OpenFilter);
            c.HasIndex(x => new { x.DueAt, x.Id }, "IX_Complaints_Open").HasFilter(OpenFilter);
            // Art. 24 suggestions read a department's newest complaints first (ComplaintGroups.SimilarAsync); without it
            // every complaint of the department was read and sorted (BENCHMARKS.md).
            c.HasIndex(x => new { x.DepartmentId, x.ReceivedAt });
            c.HasIndex(x => x.AssigneeId);
            c.HasIndex(x => x.CitizenPhone);
            c.HasIndex(x => x.CitizenEmail);
            c.Property(x => x.Severity).HasConversion<string>().HasMaxLength(10);
            c.Property(x => x.MaskedTitle).HasMaxLength(200);
            c.Property(x => x.ComplainantKey).HasMaxLength(32);
            c.Property(x => x.Fingerprint).HasMaxLength(Minwon.Screening.Duplicates.MinHashFingerprint.ByteLength);
            c.HasIndex(x => x.ComplainantKey);
            c.HasOne(x => x.Assignee).WithMany().OnDelete(DeleteBehavior.SetNull);
        });

        b.Entity<ComplaintEvent>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => x.ComplaintId);
        });

        b.Entity<Attachment>(a =>
        {
            a.HasOne(x => x.Content).WithOne().HasForeignKey<AttachmentContent>(x => x.AttachmentId);
            a.HasIndex(x => x.ComplaintId);
        });
        b.Entity<AttachmentContent>().HasKey(x => x.AttachmentId);

        b.Entity<IdempotencyRecord>().HasKey(x => x.Key);
        b.Entity<IdempotencyRecord>().Property(x => x.Key).HasMaxLength(100);

        b.Entity<OutboxMessage>(o =>
        {
            o.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
            o.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
            o.HasIndex(x => x.ContactCheckId);
        });

        b.Entity<AdminHoliday>().HasIndex(h => h.Date).IsUnique();
    }
}
