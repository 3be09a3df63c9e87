using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Alerts;

public enum StaffAlertKind { Threat, Emergency }

/// <summary>
/// Something every open staff page must show at once: a threat found in a complaint, an emergency button pressed.
/// A row in the database, so every web instance sees it (<see cref="StaffAlertFeed"/> polls for new ids) and the
/// banner survives a reload until the alert is resolved.
/// </summary>
public class StaffAlert
{
    public long Id { get; set; }
    public StaffAlertKind Kind { get; set; }
    /// <summary>A drill alert is marked as such on every screen and never reaches the real police contact.</summary>
    public bool IsDrill { get; set; }
    public required string Title { get; set; }
    public required string Message { get; set; }
    /// <summary>Fills {0} in <see cref="Title"/> and <see cref="Message"/> when they are templates; null for plain texts.</summary>
    public string? Subject { get; set; }
    /// <summary>Staff-workspace link to what the alert is about (a complaint, an emergency), or null.</summary>
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public string? AcknowledgedByAlias { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolvedByAlias { get; set; }

    /// <summary>The title in the reader's language (through the shared resources), or in Korean without a localizer.</summary>
    public string TitleIn(Microsoft.Extensions.Localization.IStringLocalizer? L) => Text(Title, L);

    public string MessageIn(Microsoft.Extensions.Localization.IStringLocalizer? L) => Text(Message, L);

    string Text(string template, Microsoft.Extensions.Localization.IStringLocalizer? L) =>
        Subject is null ? (L is null ? template : L[template].Value) : Format(template, Subject, L);

    const char Separator = '\u001f';
    const char AliasMark = '\u001e';

    /// <summary>Several template arguments in one <see cref="Subject"/> ({0}, {1}, ...).</summary>
    public static string Arguments(params string[] args) => string.Join(Separator, args);

    /// <summary>Marks an argument as a staff alias, so each reader sees it in their language ("Officer C-0300").</summary>
    public static string Alias(string alias) => AliasMark + alias;

    /// <summary>The template filled with the arguments in <paramref name="subject"/>: in the reader's language through
    /// the shared resources, or in Korean without a localizer (emails, the police message).</summary>
    public static string Format(string template, string subject, Microsoft.Extensions.Localization.IStringLocalizer? L = null)
    {
        var args = subject.Split(Separator).Select(a => a.StartsWith(AliasMark)
            ? (L is null ? a[1..] : Minwon.Web.Staff.StaffAliasDisplay.Localize(a[1..]))
            : a).ToArray<object>();
        return L is null ? string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args) : L[template, args].Value;
    }
}

sealed class StaffAlertConfiguration : IEntityTypeConfiguration<StaffAlert>
{
    public void Configure(EntityTypeBuilder<StaffAlert> b)
    {
        b.ToTable("StaffAlerts");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Message).HasMaxLength(2000);
        b.Property(x => x.Link).HasMaxLength(300);
        b.Property(x => x.Subject).HasMaxLength(1000);
        b.Property(x => x.AcknowledgedByAlias).HasMaxLength(50);
        b.Property(x => x.ResolvedByAlias).HasMaxLength(50);
        b.HasIndex(x => x.ResolvedAt);
    }
}
