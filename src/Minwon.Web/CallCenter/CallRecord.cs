using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.CallCenter;

public enum CallStatus { Active, Ended }

/// <summary>How a call ended: normally, or under the abusive-call policy (warnings, or the length limit).</summary>
public enum CallEndReason { Completed, CallerHungUp, AbusePolicy, TimeLimit }

/// <summary>What the agent did for the caller.</summary>
public enum CallOutcome { None, Answered, Filed, Transferred }

/// <summary>
/// One call to the center: who called (the number and the complainant key that finds their history), when, the
/// recording system's reference, the agent who took it, warnings read under the abusive-call policy and how it ended.
/// </summary>
public class CallRecord
{
    public long Id { get; set; }
    /// <summary>The PBX's own id of the call (webhook); null for a call started by hand in the console.</summary>
    public string? ExternalCallId { get; set; }
    public required string CallerNumber { get; set; }
    public string? ComplainantKey { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? RecordingRef { get; set; }
    public CallStatus Status { get; set; }
    public CallEndReason? EndReason { get; set; }
    public CallOutcome Outcome { get; set; }
    public string? AgentId { get; set; }
    public string? AgentAlias { get; set; }
    public int Warnings { get; set; }
    /// <summary>기타민원 answered on the call: the answer as given.</summary>
    public string? Answer { get; set; }
    public long? ComplaintId { get; set; }
    public int? TransferredToDepartmentId { get; set; }
    public List<CallNote> Notes { get; set; } = [];
    public List<CallWarning> WarningLog { get; set; } = [];

    public bool IsActive => Status == CallStatus.Active;
    public bool EndedUnderPolicy => EndReason is CallEndReason.AbusePolicy or CallEndReason.TimeLimit;
}

/// <summary>A note typed during the call; the screened (masked) version is a ScreenedText row of field CallNote.</summary>
public class CallNote
{
    public long Id { get; set; }
    public long CallRecordId { get; set; }
    public required string Text { get; set; }
    public long ScreenedTextId { get; set; }
    public required string AuthorAlias { get; set; }
    public DateTime At { get; set; }
}

/// <summary>One warning read to an abusive caller, with the script as read.</summary>
public class CallWarning
{
    public long Id { get; set; }
    public long CallRecordId { get; set; }
    public int Number { get; set; }
    public required string Script { get; set; }
    public required string Language { get; set; }
    public required string AgentAlias { get; set; }
    public DateTime At { get; set; }
}

/// <summary>A telephony webhook event already applied: the unique event id makes a redelivery change nothing.</summary>
public class TelephonyEvent
{
    public long Id { get; set; }
    public required string EventId { get; set; }
    public required string Type { get; set; }
    public required string ExternalCallId { get; set; }
    public long? CallRecordId { get; set; }
    public DateTime ReceivedAt { get; set; }
}

sealed class CallRecordConfiguration : IEntityTypeConfiguration<CallRecord>
{
    public void Configure(EntityTypeBuilder<CallRecord> b)
    {
        b.ToTable("CallRecords");
        b.Property(x => x.ExternalCallId).HasMaxLength(100);
        b.Property(x => x.CallerNumber).HasMaxLength(20);
        b.Property(x => x.ComplainantKey).HasMaxLength(32);
        b.Property(x => x.RecordingRef).HasMaxLength(500);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.AgentId).HasMaxLength(450);
        b.Property(x => x.AgentAlias).HasMaxLength(50);
        b.Property(x => x.Answer).HasMaxLength(4000);
        b.HasIndex(x => x.ExternalCallId).IsUnique();
        b.HasIndex(x => x.ComplainantKey);
        b.HasIndex(x => x.StartedAt);
        b.HasMany(x => x.Notes).WithOne().HasForeignKey(x => x.CallRecordId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.WarningLog).WithOne().HasForeignKey(x => x.CallRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class CallNoteConfiguration : IEntityTypeConfiguration<CallNote>
{
    public void Configure(EntityTypeBuilder<CallNote> b)
    {
        b.ToTable("CallNotes");
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.AuthorAlias).HasMaxLength(50);
    }
}

sealed class CallWarningConfiguration : IEntityTypeConfiguration<CallWarning>
{
    public void Configure(EntityTypeBuilder<CallWarning> b)
    {
        b.ToTable("CallWarnings");
        b.Property(x => x.Script).HasMaxLength(2000);
        b.Property(x => x.Language).HasMaxLength(5);
        b.Property(x => x.AgentAlias).HasMaxLength(50);
    }
}

sealed class TelephonyEventConfiguration : IEntityTypeConfiguration<TelephonyEvent>
{
    public void Configure(EntityTypeBuilder<TelephonyEvent> b)
    {
        b.ToTable("TelephonyEvents");
        b.Property(x => x.EventId).HasMaxLength(100);
        b.Property(x => x.Type).HasMaxLength(20);
        b.Property(x => x.ExternalCallId).HasMaxLength(100);
        b.HasIndex(x => x.EventId).IsUnique();
    }
}
