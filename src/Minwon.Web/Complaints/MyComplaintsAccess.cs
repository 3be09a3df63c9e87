using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Localization;
using Minwon.Core.Complaints;
using Minwon.Core.Contact;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Notifications;

namespace Minwon.Web.Complaints;

/// <summary>A one-time code that opens the list of complaints filed with one phone number or e-mail address.</summary>
public class ContactCode
{
    public long Id { get; set; }
    /// <summary>SHA-256 of the normalised contact; the contact itself is not kept (it may belong to someone who never filed).</summary>
    public required string ContactHash { get; set; }
    /// <summary>SHA-256 of the contact hash and the code.</summary>
    public required string CodeHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? UsedAt { get; set; }
}

sealed class ContactCodeConfiguration : IEntityTypeConfiguration<ContactCode>
{
    public void Configure(EntityTypeBuilder<ContactCode> b)
    {
        b.ToTable("ContactCodes");
        b.Property(x => x.ContactHash).HasMaxLength(64);
        b.Property(x => x.CodeHash).HasMaxLength(64);
        b.HasIndex(x => new { x.ContactHash, x.CreatedAt });
    }
}

/// <summary>A phone number or e-mail address as typed on "my complaints", normalised the way complaints store it.</summary>
public sealed record CitizenContact(string? Phone, string? Email)
{
    public static bool TryParse(string? input, out CitizenContact contact)
    {
        contact = new(null, null);
        var s = input?.Trim();
        if (string.IsNullOrEmpty(s)) return false;
        if (s.Contains('@'))
        {
            if (s.Length > 254) return false;
            contact = new(null, s);
            return true;
        }
        if (!KoreanPhone.TryNormalize(s, out var phone)) return false;
        contact = new(phone, null);
        return true;
    }

    /// <summary>What the code is bound to: the phone number, or the address in lower case.</summary>
    public string Key => Phone ?? Email!.ToLowerInvariant();
}

/// <summary>
/// "My complaints" by one-time code: a 6-digit code goes to the phone or mailbox the complaints were filed with (valid
/// 10 minutes, stored hashed, 5 tries, MyComplaints:CodesPerHour sends per contact, default 5). Every request is
/// answered alike whether or not anything was filed with the contact — a code row is written either way, only the
/// message is not sent — so the page does not tell who has filed.
/// </summary>
public sealed class MyComplaintsAccess(AppDbContext db, IStringLocalizer<SharedResource> L, NotificationSignal signal, TimeProvider clock, IConfiguration config)
{
    public const int MaxAttempts = 5, MaxRows = 50;
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    public const string Expired = "인증번호가 만료되었습니다. 인증번호를 다시 받아 주세요.";
    public const string WrongCode = "인증번호가 올바르지 않습니다.";
    public const string TooManyCodes = "이 연락처로 인증번호를 너무 여러 번 요청했습니다. 1시간쯤 뒤에 다시 시도해 주세요.";

    readonly int codesPerHour = Math.Max(1, config.GetValue("MyComplaints:CodesPerHour", 5));
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public sealed record Row(string ReceiptNumber, string Title, ComplaintType Type, ComplaintStatus Status, DateTime ReceivedAt, DateTime DueAt);

    public async Task<Outcome> SendCodeAsync(CitizenContact contact, CancellationToken ct)
    {
        var now = Now;
        var contactHash = Hash(contact.Key);
        var codes = db.Set<ContactCode>();
        if (await codes.CountAsync(c => c.ContactHash == contactHash && c.CreatedAt > now.AddHours(-1), ct) >= codesPerHour)
            return Outcome.Conflict(TooManyCodes);

        var code = OneTimeCode.New();
        codes.Add(new ContactCode { ContactHash = contactHash, CodeHash = OneTimeCode.HashFor(contactHash, code), CreatedAt = now, ExpiresAt = now + CodeLifetime });
        if (await Filed(contact).AnyAsync(ct))
        {
            // The code travels through the outbox like every notice; it is worthless once its ten minutes are over.
            var text = L["[나의 민원] 인증번호 {0} (10분 안에 입력해 주세요)", code].Value;
            db.Outbox.Add(contact.Phone is { } phone
                ? new OutboxMessage { Channel = NotificationChannel.Sms, To = phone, Subject = text, Body = text, CreatedAt = now, NextAttemptAt = now }
                : new OutboxMessage
                {
                    Channel = NotificationChannel.Email, To = contact.Email!, Subject = L["[나의 민원] 인증번호"].Value,
                    Body = L["나의 민원 조회 인증번호는 {0}입니다. 10분 안에 입력해 주세요.\n요청하지 않으셨다면 이 메일은 무시하셔도 됩니다.", code].Value,
                    CreatedAt = now, NextAttemptAt = now,
                });
        }
        await db.SaveChangesAsync(ct);
        signal.Pulse();
        await codes.Where(c => c.CreatedAt < now.AddDays(-1)).ExecuteDeleteAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>The complaints filed with the contact, once the latest code sent to it is given; each code opens the list once.</summary>
    public async Task<(Outcome Outcome, List<Row>? Rows)> OpenAsync(CitizenContact contact, string? code, CancellationToken ct)
    {
        // A missing code is a slip, not a guess: it is asked for again and does not use up a try.
        if (string.IsNullOrWhiteSpace(code)) return (Outcome.Invalid("Code", "인증번호를 입력해 주세요."), null);
        var now = Now;
        var contactHash = Hash(contact.Key);
        var codes = db.Set<ContactCode>();
        var latest = await codes.AsNoTracking().Where(c => c.ContactHash == contactHash).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (latest is null || latest.UsedAt is not null || latest.ExpiresAt <= now) return (Outcome.Conflict(Expired), null);
        // The try is counted before the code is compared, with one conditional update: guesses sent at once get five tries in all.
        if (await codes.Where(c => c.Id == latest.Id && c.Attempts < MaxAttempts && c.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts + 1), ct) == 0)
            return (Outcome.Conflict(Expired), null);
        if (!OneTimeCode.Matches(contactHash, code, latest.CodeHash))
            return (Outcome.Invalid("Code", latest.Attempts + 1 >= MaxAttempts ? Expired : WrongCode), null);
        if (await codes.Where(c => c.Id == latest.Id && c.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct) == 0)
            return (Outcome.Conflict(Expired), null);

        var rows = await Filed(contact).OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id).Take(MaxRows)
            .Select(c => new { c.Id, c.Title, c.Type, c.Status, c.ReceivedAt, c.DueAt }).ToListAsync(ct);
        return (Outcome.Ok, rows.Select(c => new Row(ReceiptNumber.Format(c.Id, c.ReceivedAt), c.Title, c.Type, c.Status, c.ReceivedAt, c.DueAt)).ToList());
    }

    // Each lookup uses its own index.
    IQueryable<Complaint> Filed(CitizenContact contact) => contact.Phone is { } phone
        ? db.Complaints.AsNoTracking().Where(c => c.CitizenPhone == phone)
        : db.Complaints.AsNoTracking().Where(c => c.CitizenEmail == contact.Email);

    static string Hash(string s) => OneTimeCode.Sha256Hex(s);
}
