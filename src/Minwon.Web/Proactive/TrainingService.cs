using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Documents;

namespace Minwon.Web.Proactive;

/// <summary>One department's line of the training report.</summary>
public sealed record DepartmentTraining(int DepartmentId, string Department, string DepartmentEn, int Enrolled, int Attended, int Completed)
{
    public double CompletionRate => Enrolled == 0 ? 0 : Math.Round(100.0 * Completed / Enrolled, 1);
}

/// <summary>Training sessions: a department's staff enrolled together, attendance and completion per person, and the reports.</summary>
public sealed class TrainingService(AppDbContext db, TimeProvider clock)
{
    public async Task<(Outcome, TrainingSession?)> CreateAsync(string? title, TrainingMode? mode, string? location, string? streamUrl, DateTime? startsAtUtc, int? hours, CancellationToken ct)
    {
        var e = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200) e["Title"] = "교육명을 200자 이내로 입력해 주세요.";
        if (mode is null) e["Mode"] = "교육 방식을 선택해 주세요.";
        if (mode == TrainingMode.Online && !(Uri.TryCreate(streamUrl?.Trim(), UriKind.Absolute, out var u) && u.Scheme is "https" or "http"))
            e["StreamUrl"] = "온라인 교육은 중계 주소(https://...)를 입력해 주세요.";
        if (mode == TrainingMode.InPerson && string.IsNullOrWhiteSpace(location)) e["Location"] = "집합 교육은 장소를 입력해 주세요.";
        if (startsAtUtc is null) e["StartsAt"] = "교육 일시를 입력해 주세요.";
        if (hours is null or < 1 or > 40) e["Hours"] = "교육 시간은 1시간부터 40시간까지 입력해 주세요.";
        if (e.Count > 0) return (Outcome.Invalid(e), null);
        var s = new TrainingSession
        {
            Title = title!.Trim(), Mode = mode!.Value, StartsAt = startsAtUtc!.Value, Hours = hours!.Value,
            Location = mode == TrainingMode.InPerson ? location!.Trim() : null, StreamUrl = mode == TrainingMode.Online ? streamUrl!.Trim() : null,
        };
        db.Add(s);
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, s);
    }

    public Task<TrainingSession?> SessionAsync(int id, CancellationToken ct) =>
        db.Set<TrainingSession>().Include(s => s.Enrolments).ThenInclude(e => e.StaffUser).Include(s => s.Enrolments).ThenInclude(e => e.Department)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>Enrols every staff member of a department who is not enrolled yet; returns how many were added.</summary>
    public async Task<(Outcome, int)> EnrolDepartmentAsync(TrainingSession s, int? departmentId, CancellationToken ct)
    {
        if (departmentId is null || !await db.Departments.AnyAsync(d => d.Id == departmentId, ct)) return (Outcome.Invalid("DepartmentId", "부서를 선택해 주세요."), 0);
        var enrolled = s.Enrolments.Select(e => e.StaffUserId).ToHashSet();
        var staff = await db.Users.Where(u => u.DepartmentId == departmentId).Select(u => u.Id).ToListAsync(ct);
        var added = staff.Where(id => !enrolled.Contains(id)).Select(id => new TrainingEnrolment { SessionId = s.Id, StaffUserId = id, DepartmentId = departmentId.Value }).ToList();
        db.AddRange(added);
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, added.Count);
    }

    /// <summary>Records attendance for the ticked enrolments; attending a session completes it (completion needs attendance).</summary>
    public async Task<Outcome> RecordAttendanceAsync(TrainingSession s, IReadOnlyCollection<long> attended, CancellationToken ct)
    {
        if (attended.Any(id => s.Enrolments.All(e => e.Id != id))) return Outcome.Invalid("", "이 교육의 수강자가 아닙니다.");
        if (s.StartsAt > clock.GetUtcNow().UtcDateTime) return Outcome.Conflict("교육이 시작된 뒤에 출석을 기록할 수 있습니다.");
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var e in s.Enrolments)
        {
            e.Attended = attended.Contains(e.Id);
            e.CompletedAt = e.Attended ? e.CompletedAt ?? now : null;
        }
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    public async Task<List<DepartmentTraining>> ReportAsync(CancellationToken ct)
    {
        var rows = await db.Set<TrainingEnrolment>().GroupBy(e => e.DepartmentId)
            .Select(g => new { g.Key, Enrolled = g.Count(), Attended = g.Count(e => e.Attended), Completed = g.Count(e => e.CompletedAt != null) }).ToListAsync(ct);
        var departments = await db.Departments.OrderBy(d => d.Id).ToListAsync(ct);
        return departments.Select(d =>
        {
            var r = rows.FirstOrDefault(x => x.Key == d.Id);
            return new DepartmentTraining(d.Id, d.Name, d.NameEn, r?.Enrolled ?? 0, r?.Attended ?? 0, r?.Completed ?? 0);
        }).ToList();
    }

    public static byte[] ReportXlsx(IReadOnlyList<DepartmentTraining> rows, bool english)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(english ? "Training" : "교육 이수 현황");
        string[] headers = english ? ["Department", "Enrolled", "Attended", "Completed", "Completion rate (%)"] : ["부서", "등록", "출석", "이수", "이수율(%)"];
        for (var i = 0; i < headers.Length; i++) ws.Cell(1, i + 1).Value = headers[i];
        ws.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < rows.Count; r++)
        {
            var x = rows[r];
            ws.Cell(r + 2, 1).Value = english ? x.DepartmentEn : x.Department;
            ws.Cell(r + 2, 2).Value = x.Enrolled;
            ws.Cell(r + 2, 3).Value = x.Attended;
            ws.Cell(r + 2, 4).Value = x.Completed;
            ws.Cell(r + 2, 5).Value = x.CompletionRate;
        }
        // Fixed widths: AdjustToContents measures text with System.Drawing (libgdiplus), absent on Linux servers.
        ws.Column(1).Width = 36;
        ws.Columns(2, 5).Width = 14;
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>A completion certificate; the staff member's own document, so it carries their real name.</summary>
    public static byte[] Certificate(TrainingSession s, TrainingEnrolment e, string institution, string department)
    {
        using var pdf = new PdfReport("적극행정 교육 이수증", institution);
        pdf.Paragraph("아래 사람은 적극행정 교육을 이수하였음을 증명합니다.")
            .Field("성명", e.StaffUser?.RealName)
            .Field("소속", department)
            .Field("교육명", s.Title)
            .Field("교육 방식", s.Mode == TrainingMode.Online ? "온라인(실시간 중계)" : "집합 교육")
            .Field("교육 일시", Pages.Staff.StaffText.Kst(s.StartsAt) + " (KST)")
            .Field("교육 시간", $"{s.Hours}시간")
            .Field("이수일", e.CompletedAt is DateTime c ? Pages.Staff.StaffText.Kst(c) : "-")
            .Field("증명서 번호", $"TR-{s.Id:D4}-{e.Id:D6}");
        return pdf.ToBytes();
    }
}
