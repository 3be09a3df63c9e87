using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minwon.Web.Data;

namespace Minwon.Web.Complaints;

/// <summary>
/// The answer to a citizen's check of a receipt: the record when the verification matched; nothing when it did not;
/// or, after too many failures for that receipt, how long it stays locked (then even the right answer is refused).
/// </summary>
public readonly record struct CitizenCheck<T>(T? Value, TimeSpan? LockedFor) where T : class
{
    public static CitizenCheck<T> NotVerified => default;
    public bool Locked => LockedFor is not null;
}

/// <summary>Verification attempts on one receipt in its current window, shared by every instance through the database.</summary>
public class ReceiptAttempts
{
    /// <summary>"MW-123" or "AP-12": the kind of receipt and the record id, so a receipt typed with another month counts on the same row.</summary>
    public required string Receipt { get; set; }
    public DateTime WindowStart { get; set; }
    /// <summary>Attempts that did not verify in the window (a verified one gives its count back).</summary>
    public int Failures { get; set; }
}

sealed class ReceiptAttemptsConfiguration : IEntityTypeConfiguration<ReceiptAttempts>
{
    public void Configure(EntityTypeBuilder<ReceiptAttempts> b)
    {
        b.ToTable("ReceiptAttempts");
        b.HasKey(x => x.Receipt);
        b.Property(x => x.Receipt).HasMaxLength(32);
        b.HasIndex(x => x.WindowStart);
    }
}

/// <summary>
/// The per-IP limit (<see cref="VerificationRateLimit"/>) is dodged by changing address, so every receipt also has its
/// own budget: RateLimits:ReceiptFailures (default 10) failed verifications per hour, counted from the first one; then
/// the receipt refuses every verification, the right one included, until that hour has passed.
/// Each attempt takes a permit with one conditional update before the check and a verified attempt gives it back,
/// so attempts sent all at once cannot slip past the count between reading it and writing it.
/// </summary>
public sealed class ReceiptLockout(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    readonly int maxFailures = Math.Max(1, config.GetValue("RateLimits:ReceiptFailures", 10));

    public static string Key(string kind, long id) => $"{kind}-{id}";

    /// <summary>
    /// Verifies through <paramref name="verify"/> unless the receipt is locked; counts the attempt when it fails.
    /// </summary>
    public async Task<CitizenCheck<T>> CheckAsync<T>(string key, Func<Task<T?>> verify, CancellationToken ct) where T : class
    {
        if (await TryTakeAsync(key, ct) is TimeSpan locked) return new(null, locked);
        var found = await verify();
        if (found is not null) await GiveBackAsync(key, ct);
        return new(found, null);
    }

    /// <summary>Counts one attempt on the receipt; returns how long it stays locked when the window's failures are used up.</summary>
    async Task<TimeSpan?> TryTakeAsync(string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - Window;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = db.Set<ReceiptAttempts>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // An ended window starts again at this attempt; both SET expressions read the row as it was.
            if (await rows.Where(r => r.Receipt == key && (r.Failures < maxFailures || r.WindowStart <= expired))
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(r => r.Failures, r => r.WindowStart <= expired ? 1 : r.Failures + 1)
                        .SetProperty(r => r.WindowStart, r => r.WindowStart <= expired ? now : r.WindowStart), ct) == 1)
                return null;
            var start = await rows.Where(r => r.Receipt == key).Select(r => (DateTime?)r.WindowStart).FirstOrDefaultAsync(ct);
            if (start is DateTime s) return s + Window - now;
            rows.Add(new ReceiptAttempts { Receipt = key, WindowStart = now, Failures = 1 });
            try
            {
                await db.SaveChangesAsync(ct);
                // a new row also clears those whose window ended long ago
                await rows.Where(r => r.WindowStart < now.AddDays(-1)).ExecuteDeleteAsync(ct);
                return null;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // another request opened the row first: count on it
            }
        }
        return Window;
    }

    async Task GiveBackAsync(string key, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<ReceiptAttempts>().Where(r => r.Receipt == key && r.Failures > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Failures, r => r.Failures - 1), ct);
    }
}
