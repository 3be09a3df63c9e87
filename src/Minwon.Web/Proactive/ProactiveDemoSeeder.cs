using Microsoft.EntityFrameworkCore;
using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Staff;
using Minwon.Web.Seeding;

namespace Minwon.Web.Proactive;

/// <summary>
/// The demo's proactive-administration programme, built through the committee's own services so every rule holds: the
/// last half-year's period screened, scored, selected and published (the gallery has best cases), the current one with
/// new recommendations (its public vote left for the committee to schedule), a training session held and one coming, and this year's plan.
/// </summary>
public sealed class ProactiveDemoSeeder(AppDbContext db, RecommendationService recommendations, CommitteeService committee, TrainingService training, TimeProvider clock)
{
    sealed record Case(string Dept, RecommendationKind Kind, string Title, string Description, string Change,
        string PublicTitle, string PublicTitleEn, string Summary, string SummaryEn, double Quality);

    static readonly Case[] Closed =
    [
        new("ROAD", RecommendationKind.Case, "야간 포트홀 긴급보수반 운영", "비 온 뒤 밤마다 생기는 포트홀을 다음 날 아침이 아니라 그날 밤 안에 메워 주었습니다.",
            "신고 접수 후 야간 긴급보수반이 2시간 안에 출동하도록 절차를 바꿨습니다.",
            "포트홀, 그날 밤에 메웁니다", "Potholes filled the same night",
            "야간 긴급보수반을 만들어 포트홀 신고 2시간 안에 현장을 보수했습니다. 타이어 파손 신고가 절반으로 줄었습니다.",
            "A night repair crew now fixes reported potholes within two hours; tyre-damage reports halved.", 0.92),
        new("WEL", RecommendationKind.Official, "기초연금 서류를 집까지 가져와 주신 주무관님", "거동이 불편한 어머니 대신 서류를 챙기지 못했는데, 담당 주무관님이 직접 방문해 신청을 도와주셨습니다.",
            "찾아가는 신청 서비스를 경로당 순회로 넓혔습니다.",
            "찾아가는 기초연금 신청", "Basic pension applications at home",
            "거동이 불편한 어르신 댁과 경로당을 찾아가 기초연금 신청을 받았습니다. 올해 새로 신청한 어르신이 140명입니다.",
            "Officials visit homes and senior centres to take basic pension applications; 140 new applicants this year.", 0.85),
        new("ENV", RecommendationKind.Case, "축사 악취 실시간 측정", "밤마다 나던 축사 악취가 측정기를 단 뒤로 눈에 띄게 줄었습니다.",
            "악취 측정기 값을 마을 단체방에 공개하고 기준을 넘으면 바로 점검합니다.",
            "악취, 숫자로 보고 바로 점검", "Farm odour measured and checked in real time",
            "축사 주변에 악취 측정기를 달아 기준을 넘으면 즉시 점검합니다. 악취 민원이 60% 줄었습니다.",
            "Odour sensors around livestock farms trigger an inspection when the limit is passed; odour complaints fell 60%.", 0.78),
        new("EDU", RecommendationKind.Case, "도서관 일요일 개관", "시험 기간에 일요일에도 도서관을 열어 주었습니다.",
            "시험 기간 4주 동안 일요일 개관을 시범 운영했습니다.",
            "시험 기간 일요일 도서관", "Libraries open on Sundays at exam time",
            "시험 기간 4주 동안 군립도서관을 일요일에도 열었습니다.", "The county library opened on Sundays during four exam weeks.", 0.55),
    ];

    static readonly Case[] Current =
    [
        new("ROAD", RecommendationKind.Case, "어린이보호구역 등굣길 단속 알림", "등굣길 불법 주정차 차량에 문자로 먼저 알려 주니 차가 많이 줄었습니다.",
            "단속 전에 차주에게 이동 요청 문자를 보내도록 바꿨습니다.",
            "등굣길, 단속보다 먼저 알림", "A text before the fine on school routes",
            "어린이보호구역에 세운 차량의 차주에게 단속 전에 이동 요청 문자를 보냅니다.", "Drivers parked in school zones get a text asking them to move before any fine.", 0),
        new("CIV", RecommendationKind.Case, "무인민원발급기 고장 원격 감시", "발급기가 고장 나면 주민이 신고하기 전에 먼저 고쳐 줍니다.",
            "발급기 상태를 원격으로 감시해 고장 알림이 바로 담당자에게 갑니다.",
            "고장 신고 전에 고치는 무인발급기", "Kiosks fixed before anyone reports them",
            "무인민원발급기 상태를 원격으로 살펴 고장이 나면 바로 수리합니다.", "Self-service kiosks are monitored remotely and repaired as soon as they fail.", 0),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Set<ProactivePeriod>().AnyAsync(ct)) return;
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var chair = await db.Users.FirstOrDefaultAsync(u => u.Email == "supervisor@minwon.local", ct);
        var admin = await db.Users.FirstOrDefaultAsync(u => u.Email == "admin@minwon.local", ct);
        if (chair is null || admin is null || Current.Concat(Closed).Any(c => !departments.ContainsKey(c.Dept))) return;
        // A third reviewer from outside the candidates' departments (the committee's outside member).
        var candidateDepartments = Closed.Concat(Current).Select(c => departments[c.Dept]).Distinct().ToList();
        var outside = await db.Users.Where(u => !candidateDepartments.Contains(u.DepartmentId)).OrderBy(u => u.Email).FirstOrDefaultAsync(ct);
        var reviewers = new[] { chair, admin, outside }.OfType<StaffUser>().ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(KoreaTime.ToKst(now));
        var (currentStart, currentEnd) = HalfYear(today);
        var (lastStart, lastEnd) = HalfYear(currentStart.AddDays(-1));

        var (_, last) = await committee.CreatePeriodAsync(PeriodName(lastStart), PeriodKind.HalfYear, lastStart, lastEnd, 100, ct);
        var ranked = new List<(Recommendation R, double Quality)>();
        foreach (var c in Closed)
        {
            var r = await SubmitAsync(c, departments[c.Dept], lastStart.AddDays(40 + ranked.Count * 9), ct);
            Must(await committee.ScreenAsync(r, chair, true, last!.Id, "적극행정 요건(공공의 이익, 적극적 업무 처리)을 충족합니다.", ct));
            Must(await committee.SetPublicTextAsync(r, c.PublicTitle, c.PublicTitleEn, c.Summary, c.SummaryEn, false, ct));
            foreach (var (reviewer, i) in reviewers.Select((u, i) => (u, i)))
                Must(await committee.ScoreAsync(r, reviewer, last.Criteria.ToDictionary(k => k.Id, k => (int?)(int)Math.Round(k.Weight * Math.Clamp(c.Quality + 0.03 * (i - 1), 0, 1))), ct));
            ranked.Add((r, c.Quality));
        }
        var ineligible = await SubmitAsync(new Case("ENV", RecommendationKind.Official, "쓰레기 수거를 빨리 해 주신 분", "연락하자마자 수거해 주셨습니다.",
            "특별히 바뀐 절차는 없습니다.", "", "", "", "", 0), departments["ENV"], lastStart.AddDays(70), ct);
        Must(await committee.ScreenAsync(ineligible, chair, false, last!.Id, "통상적인 업무 처리로, 적극행정 요건에 해당하지 않습니다.", ct));

        var awards = new[] { AwardLevel.Grand, AwardLevel.Excellent, AwardLevel.Merit };
        foreach (var ((r, _), place) in ranked.OrderByDescending(x => x.Quality).Select((x, i) => (x, i)))
        {
            var selected = place < awards.Length;
            Must(await committee.SelectAsync(r, selected, selected ? awards[place] : null, selected ? "군수 표창, 성과급 가점" : null, ct));
            if (selected) Must(await committee.PublishAsync(r, chair, true, false, ct));
        }

        var (_, current) = await committee.CreatePeriodAsync(PeriodName(currentStart), PeriodKind.HalfYear, currentStart, currentEnd, 80, ct);
        foreach (var c in Current)
        {
            var r = await SubmitAsync(c, departments[c.Dept], Later(currentStart, today.AddDays(-10)), ct);
            Must(await committee.ScreenAsync(r, chair, true, current!.Id, "적극행정 요건을 충족합니다.", ct));
            Must(await committee.SetPublicTextAsync(r, c.PublicTitle, c.PublicTitleEn, c.Summary, c.SummaryEn, false, ct));
        }
        await SubmitAsync(new Case("WEL", RecommendationKind.Official, "경로당 난방비를 챙겨 주신 주무관님", "한파 때 경로당마다 난방 상태를 직접 확인하고 지원을 연결해 주셨습니다.",
            "한파 특보가 나면 경로당 난방 점검을 하도록 바뀌었습니다.", "", "", "", "", 0), departments["WEL"], Later(currentStart, today.AddDays(-2)), ct);

        await SeedTrainingAsync(departments, now, ct);
        SeedPlan(departments, today.Year);
        await db.SaveChangesAsync(ct);
    }

    async Task<Recommendation> SubmitAsync(Case c, int departmentId, DateOnly submittedOn, CancellationToken ct)
    {
        var (outcome, r) = await recommendations.SubmitAsync(new RecommendationInput
        {
            Kind = c.Kind, DepartmentId = departmentId, Title = c.Title, Description = c.Description, Change = c.Change,
            Name = "김주민", Phone = "010-4321-8765", Consent = true,
        }, ct);
        Must(outcome);
        r!.SubmittedAt = KoreaTime.ToUtc(submittedOn.ToDateTime(new TimeOnly(10, 0)));
        await db.SaveChangesAsync(ct);
        return r;
    }

    async Task SeedTrainingAsync(Dictionary<string, int> departments, DateTime now, CancellationToken ct)
    {
        var (_, held) = await training.CreateAsync("적극행정 면책제도와 사전컨설팅 이해", TrainingMode.InPerson, "본관 3층 대회의실", null, now.AddDays(-20), 2, ct);
        var session = await training.SessionAsync(held!.Id, ct);
        foreach (var code in new[] { "ROAD", "WEL", "ENV" }) await training.EnrolDepartmentAsync(session!, departments[code], ct);
        // One in three stayed away, so the report shows a completion rate below 100%.
        Must(await training.RecordAttendanceAsync(session!, session!.Enrolments.OrderBy(e => e.Id).Where((_, i) => i % 3 != 2).Select(e => e.Id).ToList(), ct));

        var (_, coming) = await training.CreateAsync("적극행정 우수사례 공유회(온라인)", TrainingMode.Online, null, "https://edu.minwon.local/live/proactive", now.AddDays(10), 1, ct);
        var next = await training.SessionAsync(coming!.Id, ct);
        foreach (var code in new[] { "CIV", "EDU" }) await training.EnrolDepartmentAsync(next!, departments[code], ct);
    }

    void SeedPlan(Dictionary<string, int> departments, int year)
    {
        (string Dept, string Title, string Milestone, int Month, int Progress)[] tasks =
        [
            ("CIV", "적극행정 우수사례 발굴·포상", "상·하반기 선정 및 공개", 12, 50),
            ("ROAD", "야간 긴급보수반 상시 운영", "전 읍·면 확대", 9, 100),
            ("WEL", "찾아가는 복지 신청 확대", "경로당 순회 40곳", 10, 70),
            ("EDU", "전 직원 적극행정 교육", "이수율 90% 달성", 11, 60),
        ];
        db.AddRange(tasks.Select(t => new PlanTask
        {
            Year = year, Title = t.Title, DepartmentId = departments[t.Dept], Milestone = t.Milestone,
            DueOn = new DateOnly(year, t.Month, 28), Progress = t.Progress,
        }));
    }

    /// <summary>The demo follows the committee's rules; a refusal means the demo and the rules disagree, so say so at start.</summary>
    static void Must(Outcome outcome) => DemoSteps.Must(outcome, "proactive data");

    static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    static (DateOnly Start, DateOnly End) HalfYear(DateOnly day) => day.Month <= 6
        ? (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 6, 30))
        : (new DateOnly(day.Year, 7, 1), new DateOnly(day.Year, 12, 31));

    static string PeriodName(DateOnly start) => $"{start.Year}년 {(start.Month == 1 ? "상반기" : "하반기")} 적극행정 우수사례";
}
