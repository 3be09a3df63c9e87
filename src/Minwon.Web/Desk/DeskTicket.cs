using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Desk;

public enum TicketStatus { Waiting, Called, Done }

/// <summary>A walk-in queue ticket (번호표) of the customer support desk: numbered per day (Korea time).</summary>
public class DeskTicket
{
    public long Id { get; set; }
    public DateOnly Day { get; set; }
    public int Number { get; set; }
    public required string Purpose { get; set; }
    public string? VisitorName { get; set; }
    public string? VisitorPhone { get; set; }
    public string? ComplainantKey { get; set; }
    public TicketStatus Status { get; set; }
    public int? Counter { get; set; }
    public DateTime IssuedAt { get; set; }
    public DateTime? CalledAt { get; set; }
    public DateTime? DoneAt { get; set; }
    public string? IssuedByAlias { get; set; }
    public string? CalledByAlias { get; set; }
    public long? ComplaintId { get; set; }
}

sealed class DeskTicketConfiguration : IEntityTypeConfiguration<DeskTicket>
{
    public void Configure(EntityTypeBuilder<DeskTicket> b)
    {
        b.ToTable("DeskTickets");
        b.Property(x => x.Purpose).HasMaxLength(200);
        b.Property(x => x.VisitorName).HasMaxLength(50);
        b.Property(x => x.VisitorPhone).HasMaxLength(20);
        b.Property(x => x.ComplainantKey).HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.IssuedByAlias).HasMaxLength(50);
        b.Property(x => x.CalledByAlias).HasMaxLength(50);
        b.HasIndex(x => new { x.Day, x.Number }).IsUnique();
        b.HasIndex(x => new { x.Status, x.Day });
    }
}
