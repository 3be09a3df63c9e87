using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Staff;

namespace Minwon.Web.Protection;

public sealed record ComplainantComplaint(long Id, string ReceiptNumber, string Title, ComplaintStatus Status, DateTime ReceivedAt,
    TextSeverity Severity, int AnsweredRepeats);

/// <summary>What supervisors see of one complainant: complaints, abusive texts, threats, repeats, restrictions.</summary>
public sealed record ComplainantIncident(long Id, string Number, Minwon.Web.Incidents.IncidentType Type, DateTime OccurredAt);

public sealed record ComplainantProfile(string Key, string Name, List<ComplainantComplaint> Complaints, int AbusiveTexts, int Threats,
    int RepeatedFilings, List<ComplainantRestriction> Restrictions, List<ComplainantIncident> Incidents);

/// <summary>A row of the risk list: complainants with abusive texts, threats or repeated complaints.</summary>
public sealed record ComplainantRisk(string Key, string Name, int Complaints, int Abusive, int Threats, int Repeats, DateTime Latest);

/// <summary>Per-complainant history and restrictions (DESIGN.md "Protecting staff"; issue: complainant risk and Art. 23).</summary>
public sealed class ComplainantHistory(AppDbContext db, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ComplainantProfile?> ProfileAsync(string key, CancellationToken ct)
    {
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ComplainantKey == key)
            .OrderByDescending(c => c.ReceivedAt).Take(500)
            .Select(c => new { c.Id, c.ReceivedAt, Title = c.MaskedTitle ?? c.Title, c.Status, c.Severity, c.AnsweredRepeats, c.CitizenName, c.CitizenPhone })
            .ToListAsync(ct);
        if (complaints.Count == 0) return null;
        var ids = complaints.Select(c => c.Id).ToList();
        var severities = await db.Set<ScreenedText>().AsNoTracking().Where(s => s.ComplaintId != null && ids.Contains(s.ComplaintId.Value))
            .Select(s => s.Severity).ToListAsync(ct);
        return new ComplainantProfile(key, complaints[0].CitizenName,
            complaints.Select(c => new ComplainantComplaint(c.Id, ReceiptNumber.Format(c.Id, c.ReceivedAt), c.Title, c.Status, c.ReceivedAt, c.Severity, c.AnsweredRepeats)).ToList(),
            AbusiveTexts: severities.Count(s => s != TextSeverity.None),
            Threats: severities.Count(s => s == TextSeverity.Threat),
            RepeatedFilings: complaints.Count(c => c.AnsweredRepeats > 0),
            Restrictions: await RestrictionsAsync(key, ct),
            Incidents: await IncidentsAsync(ids, complaints.Select(c => c.CitizenPhone).OfType<string>().Distinct().ToList(), ct));
    }

    /// <summary>Incidents recorded from the complainant's complaints, or under their phone number (calls, visits).</summary>
    async Task<List<ComplainantIncident>> IncidentsAsync(List<long> complaintIds, List<string> phones, CancellationToken ct)
    {
        var digits = phones.Select(Minwon.Core.Contact.KoreanPhone.Digits).ToList();
        var rows = await db.Set<Minwon.Web.Incidents.Incident>().AsNoTracking()
            .Where(i => (i.ComplaintId != null && complaintIds.Contains(i.ComplaintId.Value)) || (i.ComplainantPhoneDigits != null && digits.Contains(i.ComplainantPhoneDigits)))
            .OrderByDescending(i => i.OccurredAt).Take(200).ToListAsync(ct);
        return rows.Select(i => new ComplainantIncident(i.Id, i.Number, i.Type, i.OccurredAt)).ToList();
    }

    /// <summary>Complainants whose complaints were abusive, threatening or repeated, most recent first.</summary>
    public async Task<List<ComplainantRisk>> RiskListAsync(int take, CancellationToken ct)
    {
        var rows = await db.Complaints.AsNoTracking()
            .Where(c => c.ComplainantKey != null && (c.Severity != TextSeverity.None || c.AnsweredRepeats > 0))
            .GroupBy(c => c.ComplainantKey!)
            .Select(g => new
            {
                Key = g.Key,
                Count = g.Count(),
                Abusive = g.Count(c => c.Severity != TextSeverity.None),
                Threats = g.Count(c => c.Severity == TextSeverity.Threat),
                Repeats = g.Count(c => c.AnsweredRepeats > 0),
                Latest = g.Max(c => c.ReceivedAt),
            })
            .OrderByDescending(x => x.Latest).Take(take).ToListAsync(ct);
        var keys = rows.Select(r => r.Key).ToList();
        var names = (await db.Complaints.AsNoTracking().Where(c => keys.Contains(c.ComplainantKey!))
                .Select(c => new { c.ComplainantKey, c.CitizenName, c.ReceivedAt }).ToListAsync(ct))
            .GroupBy(c => c.ComplainantKey!).ToDictionary(g => g.Key, g => g.MaxBy(c => c.ReceivedAt)!.CitizenName);
        return rows.Select(r => new ComplainantRisk(r.Key, names.GetValueOrDefault(r.Key, ""), r.Count, r.Abusive, r.Threats, r.Repeats, r.Latest)).ToList();
    }

    public Task<List<ComplainantRestriction>> RestrictionsAsync(string key, CancellationToken ct) =>
        db.Set<ComplainantRestriction>().AsNoTracking().Where(r => r.ComplainantKey == key).OrderByDescending(r => r.SetAt).ToListAsync(ct);

    /// <summary>Restrictions in force now: shown on the complaint page, checked by the call center and the desk.</summary>
    public async Task<List<ComplainantRestriction>> ActiveRestrictionsAsync(string? key, CancellationToken ct)
    {
        if (key is null) return [];
        var now = Now;
        return await db.Set<ComplainantRestriction>().AsNoTracking()
            .Where(r => r.ComplainantKey == key && r.LiftedAt == null && r.Until > now).OrderBy(r => r.Until).ToListAsync(ct);
    }

    public async Task<Outcome> RestrictAsync(string key, RestrictionKind? kind, string? reason, DateOnly? untilKst, StaffUser actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (kind is null) errors["Kind"] = "제한 종류를 선택해 주세요.";
        if (string.IsNullOrWhiteSpace(reason)) errors["Reason"] = "제한 사유를 입력해 주세요.";
        else if (reason.Length > 1000) errors["Reason"] = "사유는 1,000자 이내로 입력해 주세요.";
        var todayKst = DateOnly.FromDateTime(Minwon.Core.Deadlines.KoreaTime.ToKst(Now));
        if (untilKst is null) errors["Until"] = "제한 기한을 입력해 주세요.";
        else if (untilKst <= todayKst || untilKst > todayKst.AddYears(1)) errors["Until"] = "제한 기한은 내일부터 1년 이내로 정해 주세요.";
        if (errors.Count > 0) return Outcome.Invalid(errors);
        if (!await db.Complaints.AnyAsync(c => c.ComplainantKey == key, ct)) return Outcome.NotFound();
        db.Set<ComplainantRestriction>().Add(new ComplainantRestriction
        {
            ComplainantKey = key, Kind = kind!.Value, Reason = reason!.Trim(), SetById = actor.Id, SetByAlias = actor.PublicAlias, SetAt = Now,
            // Until the end of the chosen day, Korea time.
            Until = Minwon.Core.Deadlines.KoreaTime.ToUtc(untilKst!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue)),
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    public async Task<Outcome> LiftAsync(string key, long id, StaffUser actor, CancellationToken ct)
    {
        var r = await db.Set<ComplainantRestriction>().FirstOrDefaultAsync(x => x.Id == id && x.ComplainantKey == key, ct);
        if (r is null) return Outcome.NotFound();
        if (!r.IsActive(Now)) return Outcome.Conflict("이미 끝난 제한입니다.");
        r.LiftedAt = Now;
        r.LiftedByAlias = actor.PublicAlias;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }
}
