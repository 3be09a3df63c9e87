using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Contact;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Notifications;

namespace Minwon.Web.Proactive;

/// <summary>
/// The public vote: a person proves they hold a mobile phone with a one-time SMS code, then votes once per period.
/// Only a salted hash of the number is kept; the unique (period, hash) index stops a second vote even in a race.
/// </summary>
public sealed class VoteService(AppDbContext db, IStringLocalizer<SharedResource> L, NotificationSignal signal, TimeProvider clock)
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    public const string Duplicate = "이미 이번 기간에 투표하셨습니다. 한 사람은 기간마다 한 번만 투표할 수 있습니다.";
    public const string NotOpen = "지금은 투표 기간이 아닙니다.";

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The period whose vote is open now, else the latest one with a vote window.</summary>
    public async Task<ProactivePeriod?> CurrentPeriodAsync(CancellationToken ct)
    {
        var periods = await db.Set<ProactivePeriod>().Where(p => p.VoteOpensAt != null).ToListAsync(ct);
        return periods.FirstOrDefault(p => p.VoteOpen(Now)) ?? periods.OrderByDescending(p => p.VoteClosesAt).FirstOrDefault();
    }

    public Task<List<Recommendation>> CandidatesAsync(int periodId, CancellationToken ct) =>
        db.Set<Recommendation>().Include(r => r.Department)
            .Where(r => r.PeriodId == periodId && r.Shortlisted && r.Status != RecommendationStatus.Ineligible)
            .OrderBy(r => r.Id).ToListAsync(ct);

    public async Task<(Outcome, long? CodeId)> SendCodeAsync(int periodId, long? recommendationId, string? name, string? phone, CancellationToken ct)
    {
        var e = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name)) e["Name"] = "이름을 입력해 주세요.";
        else if (name.Trim().Length > 50) e["Name"] = "이름을 50자 이내로 입력해 주세요.";
        var normalized = "";
        if (string.IsNullOrWhiteSpace(phone) || !KoreanPhone.TryNormalize(phone, out normalized) || !normalized.StartsWith("01", StringComparison.Ordinal))
            e["Phone"] = "휴대전화 번호를 입력해 주세요. 예: 010-1234-5678";
        if (recommendationId is null) e["RecommendationId"] = "투표할 사례를 선택해 주세요.";
        if (e.Count > 0) return (Outcome.Invalid(e), null);
        var (period, failure) = await CheckAsync(periodId, recommendationId!.Value, ct);
        if (failure is not null) return (failure, null);
        var voter = VoterHash(period!, normalized);
        if (await db.Set<PublicVote>().AnyAsync(v => v.PeriodId == periodId && v.VoterHash == voter, ct)) return (Outcome.Conflict(Duplicate), null);

        var code = OneTimeCode.New();
        var row = new VoteCode { PeriodId = periodId, RecommendationId = recommendationId.Value, VoterHash = voter, CodeHash = OneTimeCode.HashFor(voter, code), ExpiresAt = Now + CodeLifetime };
        db.Add(row);
        var text = L["[적극행정 투표] 인증번호 {0} (10분 안에 입력해 주세요)", code].Value;
        db.Outbox.Add(new OutboxMessage { Channel = NotificationChannel.Sms, To = normalized, Subject = text, Body = text, CreatedAt = Now, NextAttemptAt = Now });
        await db.SaveChangesAsync(ct);
        signal.Pulse();
        return (Outcome.Ok, row.Id);
    }

    public async Task<(Outcome, PublicVote?)> CastAsync(long? codeId, string? code, CancellationToken ct)
    {
        // Missing fields are a slip, not a guess: they are asked for again and do not use up an attempt.
        var missing = new Dictionary<string, string>();
        if (codeId is null) missing["CodeId"] = "인증번호를 받을 때 돌려받은 codeId를 보내 주세요.";
        if (string.IsNullOrWhiteSpace(code)) missing["Code"] = "인증번호를 입력해 주세요.";
        if (missing.Count > 0) return (Outcome.Invalid(missing), null);
        var row = await db.Set<VoteCode>().FirstOrDefaultAsync(c => c.Id == codeId, ct);
        if (row is null || row.UsedAt is not null || row.ExpiresAt <= Now || row.Attempts >= MaxAttempts)
            return (Outcome.Conflict("인증번호가 만료되었습니다. 인증번호를 다시 받아 주세요."), null);
        var (period, failure) = await CheckAsync(row.PeriodId, row.RecommendationId, ct);
        if (failure is not null) return (failure, null);
        if (!OneTimeCode.Matches(row.VoterHash, code!, row.CodeHash))
        {
            row.Attempts++;
            await db.SaveChangesAsync(ct);
            return (Outcome.Invalid("Code", "인증번호가 올바르지 않습니다."), null);
        }
        if (await db.Set<PublicVote>().AnyAsync(v => v.PeriodId == row.PeriodId && v.VoterHash == row.VoterHash, ct)) return (Outcome.Conflict(Duplicate), null);
        row.UsedAt = Now;
        var vote = new PublicVote { PeriodId = row.PeriodId, RecommendationId = row.RecommendationId, VoterHash = row.VoterHash, At = Now };
        db.Add(vote);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (Outcome.Conflict(Duplicate), null);
        }
        _ = period;
        return (Outcome.Ok, vote);
    }

    /// <summary>Vote counts per candidate, only once the window has closed.</summary>
    public async Task<Dictionary<long, int>?> ResultsAsync(ProactivePeriod p, CancellationToken ct)
    {
        if (!p.VoteClosed(Now)) return null;
        return await db.Set<PublicVote>().Where(v => v.PeriodId == p.Id).GroupBy(v => v.RecommendationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }

    async Task<(ProactivePeriod?, Outcome?)> CheckAsync(int periodId, long recommendationId, CancellationToken ct)
    {
        var period = await db.Set<ProactivePeriod>().FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null || !period.VoteOpen(Now)) return (null, Outcome.Conflict(NotOpen));
        if (!await db.Set<Recommendation>().AnyAsync(r => r.Id == recommendationId && r.PeriodId == periodId && r.Shortlisted && r.Status != RecommendationStatus.Ineligible, ct))
            return (null, Outcome.Invalid("RecommendationId", "투표할 수 없는 사례입니다."));
        return (period, null);
    }

    static string VoterHash(ProactivePeriod p, string normalizedPhone) => OneTimeCode.Sha256Hex(p.VoteSalt + ":" + normalizedPhone);
}
