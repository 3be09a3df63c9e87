using Microsoft.EntityFrameworkCore;
using Minwon.Web.Data;
using Minwon.Web.Notifications;
using Minwon.Web.Staff;

namespace Minwon.Web.Alerts;

/// <summary>Raises, lists, acknowledges and resolves staff alerts; a raised alert is also mailed to the people who must act.</summary>
public sealed class StaffAlerts(AppDbContext db, Notifier notifier, StaffAlertFeed feed, TimeProvider clock,
    IEnumerable<IStaffAlertResponseHook> hooks)
{
    /// <summary>
    /// Adds the alert and mails the supervisors and the safety team, in the caller's unit of work: call
    /// <see cref="AfterSave"/> once SaveChanges has committed it. <paramref name="title"/> and <paramref name="message"/>
    /// are Korean texts, or templates with {0} filled by <paramref name="subject"/> (a receipt number, a place), so
    /// pages can show them in the reader's language.
    /// </summary>
    public async Task<StaffAlert> RaiseAsync(StaffAlertKind kind, string title, string message, string? link, bool isDrill, CancellationToken ct,
        string? subject = null)
    {
        var alert = new StaffAlert
        {
            Kind = kind, IsDrill = isDrill, Title = title, Message = message, Subject = subject, Link = link,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<StaffAlert>().Add(alert);
        var drill = isDrill ? "[모의훈련] " : "";
        foreach (var email in await ResponderEmailsAsync(ct))
            notifier.StaffEmail(email, $"[민원 경보] {drill}{alert.TitleIn(null)}", $"{drill}{alert.MessageIn(null)}\n\n{link}");
        return alert;
    }

    public void AfterSave()
    {
        notifier.Flush();
        feed.Pulse();
    }

    /// <summary>Open alerts (not yet resolved), newest first: the banner on every staff page.</summary>
    public Task<List<StaffAlert>> OpenAsync(CancellationToken ct) =>
        db.Set<StaffAlert>().AsNoTracking().Where(a => a.ResolvedAt == null).OrderByDescending(a => a.Id).Take(5).ToListAsync(ct);

    /// <summary>What a live connection gets first: alerts after <paramref name="afterId"/> when reconnecting, else the open ones.</summary>
    public Task<List<StaffAlert>> BacklogAsync(long? afterId, CancellationToken ct) => afterId is long id
        ? db.Set<StaffAlert>().AsNoTracking().Where(a => a.Id > id).OrderBy(a => a.Id).Take(50).ToListAsync(ct)
        : db.Set<StaffAlert>().AsNoTracking().Where(a => a.ResolvedAt == null).OrderBy(a => a.Id).Take(50).ToListAsync(ct);

    public Task<List<StaffAlert>> RecentAsync(int count, CancellationToken ct) =>
        db.Set<StaffAlert>().AsNoTracking().OrderByDescending(a => a.Id).Take(count).ToListAsync(ct);

    public async Task<bool> AcknowledgeAsync(long id, string alias, CancellationToken ct)
    {
        var alert = await db.Set<StaffAlert>().FindAsync([id], ct);
        if (alert is null) return false;
        alert.AcknowledgedAt ??= clock.GetUtcNow().UtcDateTime;
        alert.AcknowledgedByAlias ??= alias;
        foreach (var hook in hooks) await hook.RespondedAsync(alert, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> ResolveAsync(long id, string alias, CancellationToken ct)
    {
        var alert = await db.Set<StaffAlert>().FindAsync([id], ct);
        if (alert is null) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        alert.AcknowledgedAt ??= now;
        alert.AcknowledgedByAlias ??= alias;
        alert.ResolvedAt ??= now;
        alert.ResolvedByAlias ??= alias;
        foreach (var hook in hooks) await hook.RespondedAsync(alert, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Supervisors, administrators and the safety team: everyone who can act on a threat.</summary>
    async Task<List<string>> ResponderEmailsAsync(CancellationToken ct)
    {
        var roleIds = db.Roles.Where(r => r.Name == Roles.Supervisor || r.Name == Roles.Safety).Select(r => r.Id);
        var userIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return await db.Users.Where(u => userIds.Contains(u.Id) && u.Email != null).Select(u => u.Email!).Distinct().ToListAsync(ct);
    }
}

/// <summary>
/// Lets a feature that owns a record behind an alert (an emergency) copy the acknowledgement and resolution onto it,
/// in the same unit of work as the alert itself.
/// </summary>
public interface IStaffAlertResponseHook
{
    Task RespondedAsync(StaffAlert alert, CancellationToken ct);
}
