using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Alerts;
using Minwon.Web.Data;
using Minwon.Web.Documents;
using Minwon.Web.Localization;
using Minwon.Web.Notifications;
using Minwon.Web.Staff;

namespace Minwon.Web.Emergency;

/// <summary>Schedules, runs and reports drills (모의훈련). Every alert and message of a drill is marked as one.</summary>
public sealed class Drills(AppDbContext db, EmergencyBell bell, StaffAlerts alerts, Notifier notifier, TimeProvider clock, IConfiguration config)
{
    public static readonly DrillRoleKind[] AllRoles = Enum.GetValues<DrillRoleKind>();

    /// <summary>The role's name (a key of the shared resources).</summary>
    public static string Label(DrillRoleKind role) => role switch
    {
        DrillRoleKind.Mediation => "중재",
        DrillRoleKind.Warning => "경고",
        DrillRoleKind.Filming => "촬영",
        DrillRoleKind.Reporting => "신고",
        DrillRoleKind.Response => "대응",
        _ => role.ToString(),
    };

    public static string PageOf(long id) => $"/staff/drills/{id.ToString(CultureInfo.InvariantCulture)}";

    public Task<List<Drill>> ListAsync(CancellationToken ct) =>
        db.Set<Drill>().AsNoTracking().Include(d => d.Roles).OrderByDescending(d => d.ScheduledAt).Take(100).ToListAsync(ct);

    public Task<Drill?> FindAsync(long id, CancellationToken ct) =>
        db.Set<Drill>().Include(d => d.Roles).FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>Schedules a drill; errors are keyed by form field (messages are resource keys). Nothing is stored on error.</summary>
    public async Task<(Drill? Drill, Dictionary<string, string> Errors)> ScheduleAsync(string? title, string? scenario, DateTime? scheduledAtKst,
        IReadOnlyDictionary<DrillRoleKind, string?> assignees, string createdByAlias, CancellationToken ct, bool startsAutomatically = false)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(title)) errors["Title"] = "훈련 제목을 입력해 주세요.";
        else if (title.Length > 200) errors["Title"] = "훈련 제목은 200자 이내로 입력해 주세요.";
        if (string.IsNullOrWhiteSpace(scenario)) errors["Scenario"] = "상황(시나리오)을 입력해 주세요.";
        else if (scenario.Length > 4000) errors["Scenario"] = "상황(시나리오)은 4000자 이내로 입력해 주세요.";
        if (scheduledAtKst is null) errors["ScheduledAt"] = "훈련 일시를 입력해 주세요.";
        else if (startsAutomatically && Utc(scheduledAtKst.Value) <= clock.GetUtcNow().UtcDateTime)
            errors["ScheduledAt"] = "자동으로 시작할 훈련은 지금 이후의 일시로 예약해 주세요.";
        var chosen = assignees.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToList();
        if (chosen.Count == 0) errors["Roles"] = "역할을 한 명 이상 지정해 주세요.";
        var ids = chosen.Select(a => a.Value!).Distinct().ToList();
        var people = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.PublicAlias, ct);
        if (people.Count != ids.Count) errors["Roles"] = "지정한 직원을 찾을 수 없습니다.";
        if (errors.Count > 0) return (null, errors);

        var drill = new Drill
        {
            Title = title!.Trim(), Scenario = scenario!.Trim(), CreatedByAlias = createdByAlias,
            ScheduledAt = Utc(scheduledAtKst!.Value), StartsAutomatically = startsAutomatically,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Roles = chosen.Select(a => new DrillRole { Role = a.Key, UserId = a.Value!, Alias = people[a.Value!] }).ToList(),
        };
        db.Set<Drill>().Add(drill);
        await db.SaveChangesAsync(ct);
        return (drill, errors);
    }

    static DateTime Utc(DateTime kst) => DateTime.SpecifyKind(kst.AddHours(-9), DateTimeKind.Utc);

    /// <summary>Starts the drill: the drill alert on every staff page, and a [모의훈련] mail to each participant.</summary>
    public async Task<bool> StartAsync(long id, string alias, CancellationToken ct)
    {
        // claimed with one conditional update, so that two instances (or a person and the automatic start) never
        // start the same drill twice
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Set<Drill>().Where(d => d.Id == id && d.StartedAt == null).ExecuteUpdateAsync(u => u.SetProperty(d => d.StartedAt, now), ct) == 0)
            return false;
        try
        {
            await AnnounceAsync((await FindAsync(id, ct))!, alias, ct);
        }
        catch
        {
            await db.Set<Drill>().Where(d => d.Id == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.StartedAt, (DateTime?)null), CancellationToken.None);
            throw;
        }
        return true;
    }

    async Task AnnounceAsync(Drill drill, string alias, CancellationToken ct)
    {
        var ids = drill.Roles.Select(r => r.UserId).ToList();
        var link = config.PublicLink(PageOf(drill.Id));
        var emails = await db.Users.Where(u => ids.Contains(u.Id) && u.Email != null).ToDictionaryAsync(u => u.Id, u => u.Email!, ct);
        foreach (var role in drill.Roles.Where(r => emails.ContainsKey(r.UserId)))
            notifier.StaffEmail(emails[role.UserId], $"[모의훈련] {drill.Title}: {Label(role.Role)} 역할",
                $"[모의훈련] 실제 상황이 아닙니다.\n{drill.Scenario}\n\n맡은 역할: {Label(role.Role)}\n훈련 페이지에서 '역할 확인'을 눌러 주세요: {link}");
        var emergency = await bell.RingAsync(EmergencySource.Drill, alias, location: null, isDrill: true, deviceId: null, drill.Title, ct, drill.Scenario, PageOf(drill.Id));
        drill.EmergencyAlertId = emergency.Id;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Cancels a drill that has not started (its roles go with it); false once it has started.</summary>
    public async Task<bool> CancelAsync(long id, CancellationToken ct) =>
        await db.Set<Drill>().Where(d => d.Id == id && d.StartedAt == null).ExecuteDeleteAsync(ct) > 0;

    /// <summary>Whether a staff member who does not run drills may see this one: an unannounced drill stays hidden until it starts.</summary>
    public static bool VisibleToParticipants(Drill d) => !d.StartsAutomatically || d.StartedAt is not null;

    /// <summary>A participant acknowledges their role(s) in a running drill; the first acknowledgement counts.</summary>
    public async Task<bool> AcknowledgeAsync(long id, string userId, CancellationToken ct)
    {
        var drill = await FindAsync(id, ct);
        if (drill is not { StartedAt: not null, EndedAt: null }) return false;
        var mine = drill.Roles.Where(r => r.UserId == userId && r.AcknowledgedAt is null).ToList();
        if (mine.Count == 0) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in mine) r.AcknowledgedAt = now;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Ends a running drill with the debriefing notes and clears its banner.</summary>
    public async Task<bool> EndAsync(long id, string? notes, string alias, CancellationToken ct)
    {
        var drill = await FindAsync(id, ct);
        if (drill is not { StartedAt: not null, EndedAt: null }) return false;
        drill.EndedAt = clock.GetUtcNow().UtcDateTime;
        drill.Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim()[..Math.Min(notes.Trim().Length, 4000)];
        await db.SaveChangesAsync(ct);
        var staffAlertId = await db.Set<EmergencyAlert>().Where(e => e.Id == drill.EmergencyAlertId).Select(e => e.StaffAlertId).FirstOrDefaultAsync(ct);
        if (staffAlertId is { } alertId) await alerts.ResolveAsync(alertId, alias, ct);
        return true;
    }

    /// <summary>Seconds from the start to each role's acknowledgement; null for a role that did not respond.</summary>
    public static IEnumerable<(DrillRole Role, double? Seconds)> ResponseTimes(Drill d) =>
        d.Roles.OrderBy(r => r.Role).Select(r => (r, r.ResponseTime(d.StartedAt)?.TotalSeconds));

    /// <summary>GET /staff/protection/drills/{id}/report.pdf: the after-action report.</summary>
    public static async Task<IResult> ReportPdfAsync(long id, Drills drills, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var d = await drills.FindAsync(id, ct);
        if (d is null) return Results.NotFound();
        using var pdf = new PdfReport($"[{L["모의훈련"]}] {L["사후 보고서"]}: {d.Title}", $"{L["모의훈련"]} · {L["실제 상황이 아닙니다."]}");
        string Kst(DateTime? t) => t is { } v ? Pages.Staff.StaffText.Kst(v) + " KST" : "-";
        pdf.Field(L["상황(시나리오)"], d.Scenario)
            .Field(L["예정 일시"], Kst(d.ScheduledAt))
            .Field(L["시작 방식"], L[StartMode(d)])
            .Field(L["시작"], Kst(d.StartedAt))
            .Field(L["종료 시각"], Kst(d.EndedAt))
            .Heading(L["역할별 응답 시간"]);
        var times = ResponseTimes(d).ToList();
        pdf.Table([L["역할"], L["담당"], L["확인 시각"], L["응답 시간"]],
            times.Select(t => (IReadOnlyList<string>)[L[Label(t.Role.Role)], t.Role.Alias, Kst(t.Role.AcknowledgedAt), Seconds(t.Seconds, L)]));
        var answered = times.Where(t => t.Seconds is not null).ToList();
        pdf.Heading(L["응답 시간 그래프"]);
        if (answered.Count == 0) pdf.Paragraph(L["응답한 역할이 없습니다."]);
        else pdf.BarChart(answered.Select(t => ($"{L[Label(t.Role.Role)]} ({t.Role.Alias})", Math.Round(t.Seconds!.Value))), L["초"]);
        var missing = times.Where(t => t.Seconds is null).Select(t => $"{L[Label(t.Role.Role)]} ({t.Role.Alias})").ToList();
        pdf.Heading(L["응답하지 않은 역할"]).Paragraph(missing.Count == 0 ? L["없음"] : string.Join(", ", missing));
        pdf.Heading(L["강평"]).Paragraph(d.Notes ?? "-");
        return Results.File(pdf.ToBytes(), "application/pdf", $"drill-{d.Id}.pdf");
    }

    /// <summary>How the drill starts (a key of the shared resources).</summary>
    public static string StartMode(Drill d) => d.StartsAutomatically ? "예정 일시에 자동 시작" : "안전관리 담당이 직접 시작";

    public static string Seconds(double? seconds, IStringLocalizer L) =>
        seconds is { } s ? L["{0}초", s.ToString("0", CultureInfo.InvariantCulture)] : L["응답 없음"];
}
