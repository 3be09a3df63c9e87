using Microsoft.EntityFrameworkCore;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Staff;

namespace Minwon.Web.Proactive;

/// <summary>
/// The 적극행정 committee's work: periods and criteria, screening, scoring with recusal, ranking, selection and
/// publication. Every action checks its rule first and saves once, so a refused action changes nothing.
/// </summary>
public sealed class CommitteeService(AppDbContext db, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    static Outcome Missing(string what = "추천을 찾을 수 없습니다.") => new(Failure.NotFound, new Dictionary<string, string> { [""] = what });

    public async Task<(Outcome, ProactivePeriod?)> CreatePeriodAsync(string? name, PeriodKind kind, DateOnly? startsOn, DateOnly? endsOn, int? juryShare, CancellationToken ct)
    {
        var e = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100) e["Name"] = "기간 이름을 100자 이내로 입력해 주세요.";
        if (startsOn is null || endsOn is null || endsOn < startsOn) e["StartsOn"] = "시작일과 종료일을 올바르게 입력해 주세요.";
        if (juryShare is null or < 0 or > 100) e["JuryShare"] = "심사 점수 반영 비율은 0에서 100 사이로 입력해 주세요.";
        if (e.Count > 0) return (Outcome.Invalid(e), null);
        var p = new ProactivePeriod { Name = name!.Trim(), Kind = kind, StartsOn = startsOn!.Value, EndsOn = endsOn!.Value, JuryShare = juryShare!.Value, Criteria = ProactivePeriod.DefaultCriteria() };
        db.Add(p);
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, p);
    }

    public Task<ProactivePeriod?> PeriodAsync(int id, CancellationToken ct) =>
        db.Set<ProactivePeriod>().Include(p => p.Criteria.OrderBy(c => c.Order)).FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Replaces the criteria (name, English name, points); allowed until the first score of the period.</summary>
    public async Task<Outcome> SetCriteriaAsync(ProactivePeriod p, IReadOnlyList<(string? Name, string? NameEn, int? Weight)> rows, CancellationToken ct)
    {
        var used = rows.Where(r => !string.IsNullOrWhiteSpace(r.Name) || !string.IsNullOrWhiteSpace(r.NameEn) || r.Weight is not null).ToList();
        if (await ScoredAsync(p.Id, ct)) return Outcome.Conflict("이미 심사 점수가 있어 기준을 바꿀 수 없습니다.");
        if (used.Count == 0) return Outcome.Invalid("Criteria", "심사 기준을 하나 이상 입력해 주세요.");
        if (used.Any(r => string.IsNullOrWhiteSpace(r.Name) || r.Name.Trim().Length > 50 || string.IsNullOrWhiteSpace(r.NameEn) || r.NameEn.Trim().Length > 100))
            return Outcome.Invalid("Criteria", "기준마다 한국어·영어 이름을 입력해 주세요.");
        if (used.Any(r => r.Weight is null or < 1 or > 100) || used.Sum(r => r.Weight) != 100)
            return Outcome.Invalid("Criteria", "배점은 1 이상이고 합계가 100이어야 합니다.");
        db.RemoveRange(p.Criteria);
        p.Criteria = used.Select((r, i) => new ScoringCriterion { Name = r.Name!.Trim(), NameEn = r.NameEn!.Trim(), Weight = r.Weight!.Value, Order = i + 1 }).ToList();
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    public async Task<Outcome> SetVoteAsync(ProactivePeriod p, DateTime? opensAt, DateTime? closesAt, int? juryShare, CancellationToken ct)
    {
        if (juryShare is null or < 0 or > 100) return Outcome.Invalid("JuryShare", "심사 점수 반영 비율은 0에서 100 사이로 입력해 주세요.");
        if ((opensAt is null) != (closesAt is null) || closesAt <= opensAt) return Outcome.Invalid("VoteOpensAt", "투표 시작과 마감 일시를 올바르게 입력해 주세요.");
        p.JuryShare = juryShare.Value;
        p.VoteOpensAt = opensAt;
        p.VoteClosesAt = closesAt;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    public async Task<Outcome> CloseVoteNowAsync(ProactivePeriod p, CancellationToken ct)
    {
        if (!p.VoteOpen(Now)) return Outcome.Conflict("진행 중인 투표가 없습니다.");
        p.VoteClosesAt = Now;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    public Task<Recommendation?> RecommendationAsync(long id, CancellationToken ct) =>
        db.Set<Recommendation>().Include(r => r.Department).Include(r => r.Nominee).Include(r => r.Period).FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<Outcome> ScreenAsync(Recommendation r, StaffUser actor, bool? eligible, int? periodId, string? reason, CancellationToken ct)
    {
        if (r.Status is RecommendationStatus.Selected or RecommendationStatus.NotSelected) return Outcome.Conflict("선정 절차가 끝난 추천은 다시 검토할 수 없습니다.");
        if (await db.Set<ReviewScore>().AnyAsync(s => s.RecommendationId == r.Id, ct)) return Outcome.Conflict("이미 심사 점수가 있어 검토 결과를 바꿀 수 없습니다.");
        var e = new Dictionary<string, string>();
        if (eligible is null) e["Eligible"] = "적격 여부를 선택해 주세요.";
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000) e["Reason"] = "검토 사유를 1,000자 이내로 입력해 주세요.";
        if (eligible == true && (periodId is null || !await db.Set<ProactivePeriod>().AnyAsync(p => p.Id == periodId, ct))) e["PeriodId"] = "심사할 기간을 선택해 주세요.";
        if (e.Count > 0) return Outcome.Invalid(e);
        r.Status = eligible == true ? RecommendationStatus.Eligible : RecommendationStatus.Ineligible;
        // An ineligible recommendation keeps the period it was screened in, for that period's minutes.
        r.PeriodId = periodId is not null && await db.Set<ProactivePeriod>().AnyAsync(p => p.Id == periodId, ct) ? periodId : null;
        r.ScreeningReason = reason!.Trim();
        r.ScreenedAt = Now;
        r.ScreenedByAlias = actor.PublicAlias;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    public const string RecusedMessage = "자기 부서의 후보는 심사할 수 없습니다(회피). 회피 기록을 남겼습니다.";

    /// <summary>
    /// A reviewer's sheet for one candidate: points per criterion, each from 0 to the criterion's weight. A reviewer of
    /// the candidate's own department is refused and the recusal recorded. Scoring again replaces the reviewer's sheet.
    /// </summary>
    public async Task<Outcome> ScoreAsync(Recommendation r, StaffUser reviewer, IReadOnlyDictionary<int, int?> points, CancellationToken ct)
    {
        if (r.Status != RecommendationStatus.Eligible || r.PeriodId is null) return Outcome.Conflict("적격으로 검토된 추천만 심사할 수 있습니다.");
        if (reviewer.DepartmentId == r.DepartmentId || reviewer.Id == r.NomineeId)
        {
            if (!await db.Set<Recusal>().AnyAsync(x => x.RecommendationId == r.Id && x.ReviewerId == reviewer.Id, ct))
            {
                db.Add(new Recusal { RecommendationId = r.Id, ReviewerId = reviewer.Id, ReviewerAlias = reviewer.PublicAlias, Reason = "같은 부서", At = Now });
                await db.SaveChangesAsync(ct);
            }
            return Outcome.Forbidden(RecusedMessage);
        }
        var criteria = await db.Set<ScoringCriterion>().Where(c => c.PeriodId == r.PeriodId).OrderBy(c => c.Order).ToListAsync(ct);
        var e = new Dictionary<string, string>();
        foreach (var c in criteria)
        {
            if (!points.TryGetValue(c.Id, out var p) || p is null) e[$"Points[{c.Id}]"] = "모든 기준에 점수를 입력해 주세요.";
            else if (p < 0 || p > c.Weight) e[$"Points[{c.Id}]"] = "점수는 0점부터 각 기준의 배점까지 입력할 수 있습니다.";
        }
        if (points.Keys.Any(k => criteria.All(c => c.Id != k))) e[""] = "이 기간의 심사 기준이 아닙니다.";
        if (e.Count > 0) return Outcome.Invalid(e);
        var old = await db.Set<ReviewScore>().Where(s => s.RecommendationId == r.Id && s.ReviewerId == reviewer.Id).ToListAsync(ct);
        db.RemoveRange(old);
        foreach (var c in criteria)
            db.Add(new ReviewScore { RecommendationId = r.Id, CriterionId = c.Id, ReviewerId = reviewer.Id, ReviewerAlias = reviewer.PublicAlias, Points = points[c.Id]!.Value, At = Now });
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>The public title and summary in both languages, and whether the case is open to the public vote.</summary>
    public async Task<Outcome> SetPublicTextAsync(Recommendation r, string? title, string? titleEn, string? summary, string? summaryEn, bool shortlisted, CancellationToken ct)
    {
        if (r.Status is not (RecommendationStatus.Eligible or RecommendationStatus.Selected)) return Outcome.Conflict("적격으로 검토된 추천만 공개 문안을 정할 수 있습니다.");
        var e = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200) e["PublicTitle"] = "공개 제목(한국어)을 200자 이내로 입력해 주세요.";
        if (string.IsNullOrWhiteSpace(titleEn) || titleEn.Trim().Length > 200) e["PublicTitleEn"] = "공개 제목(영어)을 200자 이내로 입력해 주세요.";
        if (string.IsNullOrWhiteSpace(summary) || summary.Trim().Length > 2000) e["PublicSummary"] = "공개 요약(한국어)을 2,000자 이내로 입력해 주세요.";
        if (string.IsNullOrWhiteSpace(summaryEn) || summaryEn.Trim().Length > 2000) e["PublicSummaryEn"] = "공개 요약(영어)을 2,000자 이내로 입력해 주세요.";
        if (e.Count > 0) return Outcome.Invalid(e);
        if (shortlisted != r.Shortlisted && await db.Set<ProactivePeriod>().AnyAsync(p => p.Id == r.PeriodId && p.VoteOpensAt != null && p.VoteOpensAt <= Now, ct))
            return Outcome.Conflict("투표가 시작된 뒤에는 투표 후보를 바꿀 수 없습니다.");
        r.PublicTitle = title!.Trim();
        r.PublicTitleEn = titleEn!.Trim();
        r.PublicSummary = summary!.Trim();
        r.PublicSummaryEn = summaryEn!.Trim();
        r.Shortlisted = shortlisted;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    public async Task<IReadOnlyList<Standing>> RankingAsync(ProactivePeriod p, CancellationToken ct)
    {
        var ids = await db.Set<Recommendation>().Where(r => r.PeriodId == p.Id && r.Status != RecommendationStatus.Ineligible).Select(r => r.Id).ToListAsync(ct);
        var scores = await db.Set<ReviewScore>().Where(s => ids.Contains(s.RecommendationId)).Select(s => new { s.RecommendationId, s.ReviewerId, s.Points }).ToListAsync(ct);
        var votes = await db.Set<PublicVote>().Where(v => v.PeriodId == p.Id).GroupBy(v => v.RecommendationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Aggregation.Rank(ids.Select(id => (id,
            (IReadOnlyList<int>)scores.Where(s => s.RecommendationId == id).GroupBy(s => s.ReviewerId).Select(g => g.Sum(s => s.Points)).ToList(),
            votes.FirstOrDefault(v => v.Key == id)?.Count ?? 0)), p.JuryShare, p.HasVote);
    }

    public async Task<Outcome> SelectAsync(Recommendation r, bool selected, AwardLevel? award, string? reward, CancellationToken ct)
    {
        if (r.Status is not (RecommendationStatus.Eligible or RecommendationStatus.Selected or RecommendationStatus.NotSelected) || r.PeriodId is null)
            return Outcome.Conflict("적격으로 검토된 추천만 선정할 수 있습니다.");
        if (!await db.Set<ReviewScore>().AnyAsync(s => s.RecommendationId == r.Id, ct)) return Outcome.Conflict("심사 점수가 없는 후보는 선정할 수 없습니다.");
        var period = await db.Set<ProactivePeriod>().FirstAsync(p => p.Id == r.PeriodId, ct);
        if (period.HasVote && !period.VoteClosed(Now)) return Outcome.Conflict("투표가 끝난 뒤에 선정할 수 있습니다.");
        if (selected && (award is null || !Enum.IsDefined(award.Value))) return Outcome.Invalid("Award", "시상 등급을 선택해 주세요.");
        if (reward?.Trim().Length > 200) return Outcome.Invalid("Reward", "포상 내용은 200자 이내로 입력해 주세요.");
        r.Status = selected ? RecommendationStatus.Selected : RecommendationStatus.NotSelected;
        r.Award = selected ? award : null;
        r.Reward = selected && !string.IsNullOrWhiteSpace(reward) ? reward.Trim() : null;
        r.SelectedAt = Now;
        if (!selected) r.PublishedAt = null;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>Publishes a selected case to the gallery; the official is named only when their consent is recorded.</summary>
    public async Task<Outcome> PublishAsync(Recommendation r, StaffUser actor, bool publish, bool nameConsent, CancellationToken ct)
    {
        if (r.Status != RecommendationStatus.Selected) return Outcome.Conflict("선정된 사례만 공개할 수 있습니다.");
        if (publish && (r.PublicTitle is null || r.PublicTitleEn is null || r.PublicSummary is null || r.PublicSummaryEn is null))
            return Outcome.Conflict("공개 제목과 요약을 한국어와 영어로 먼저 입력해 주세요.");
        if (nameConsent && r.NomineeId is null) return Outcome.Invalid("NameConsent", "특정 공무원을 추천한 경우에만 실명 공개 동의를 기록할 수 있습니다.");
        if (nameConsent != r.NameConsent)
        {
            r.NameConsent = nameConsent;
            r.NameConsentRecordedAt = Now;
            r.NameConsentRecordedByAlias = actor.PublicAlias;
        }
        r.PublishedAt = publish ? r.PublishedAt ?? Now : null;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    Task<bool> ScoredAsync(int periodId, CancellationToken ct) =>
        db.Set<ReviewScore>().AnyAsync(s => db.Set<Recommendation>().Any(r => r.Id == s.RecommendationId && r.PeriodId == periodId), ct);
}
