using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Proactive;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;
using static Minwon.Web.Tests.Proactive.ProactiveTestKit;

namespace Minwon.Web.Tests.Proactive;

/// <summary>Training sessions through the staff pages: department enrolment, attendance, certificate, report XLSX; and the plan.</summary>
public abstract class TrainingTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_session_records_attendance_issues_a_certificate_and_the_report_xlsx_reads_back()
    {
        await EnsureStaffAsync(App);
        var pages = await StaffPagesAsync(App, Supervisor);
        var title = $"적극행정 면책 제도 {Guid.NewGuid():N}"[..20];
        var kstPast = DateTime.UtcNow.AddHours(9).AddDays(-1).ToString("yyyy-MM-ddTHH:mm");

        // An online session needs a stream link: refused with a message, nothing stored.
        var refused = await PostFormAsync(pages, "/staff/proactive/training", [new("Title", title), new("Mode", "Online"), new("StartsAt", kstPast), new("Hours", "2")]);
        Assert.Contains("온라인 교육은 중계 주소(https://...)를 입력해 주세요.", await refused.Content.ReadAsStringAsync());
        Assert.False(await App.ExecuteDbContextAsync(db => db.Set<TrainingSession>().AnyAsync(s => s.Title == title)));

        var created = await PostFormAsync(pages, "/staff/proactive/training",
            [new("Title", title), new("Mode", "Online"), new("StreamUrl", "https://stream.example.kr/live/1"), new("StartsAt", kstPast), new("Hours", "2")]);
        var sessionPath = created.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches(@"^/staff/proactive/training/\d+$", sessionPath);
        var road = await DepartmentIdAsync(App, "ROAD");
        await PostFormAsync(pages, sessionPath, [new("DepartmentId", road.ToString())], sessionPath + "?handler=Enrol");
        var enrolments = await App.ExecuteDbContextAsync(db => db.Set<TrainingEnrolment>().AsNoTracking().Where(e => e.Session!.Title == title).OrderBy(e => e.Id).ToListAsync());
        var roadStaff = await App.ExecuteDbContextAsync(db => db.Users.CountAsync(u => u.DepartmentId == road));
        Assert.Equal(roadStaff, enrolments.Count);
        Assert.True(enrolments.Count >= 2);

        var attended = enrolments[0];
        var saved = await PostFormAsync(pages, sessionPath, [new("Attended", attended.Id.ToString())], sessionPath + "?handler=Attendance");
        Assert.Contains("출석과 이수를 기록했습니다.", await saved.Content.ReadAsStringAsync());
        var after = await App.ExecuteDbContextAsync(db => db.Set<TrainingEnrolment>().AsNoTracking().Where(e => e.Session!.Title == title).ToListAsync());
        Assert.Equal(1, after.Count(e => e.Attended && e.CompletedAt != null));

        var certificate = await pages.GetAsync($"{sessionPath}?handler=Certificate&enrolmentId={attended.Id}");
        Assert.True(certificate.Content.Headers.ContentType!.MediaType == "application/pdf", (await certificate.Content.ReadAsStringAsync())[..2000]);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"{sessionPath}?handler=Certificate&enrolmentId={enrolments[1].Id}")).StatusCode);

        var xlsx = await pages.GetAsync("/staff/proactive/training?handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var sheet = book.Worksheets.First();
        Assert.Equal("부서", sheet.Cell(1, 1).GetString());
        var roadRow = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "도로교통과");
        Assert.True(roadRow.Cell(2).GetValue<int>() >= roadStaff);
        Assert.True(roadRow.Cell(4).GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Plan_progress_out_of_range_is_refused_and_an_officer_cannot_update_another_departments_task()
    {
        await EnsureStaffAsync(App);
        var pages = await StaffPagesAsync(App, Supervisor);
        var title = $"규제 혁신 과제 {Guid.NewGuid():N}"[..16];
        var env = await DepartmentIdAsync(App, "ENV");
        await PostFormAsync(pages, "/staff/proactive/plan", [new("Title", title), new("DepartmentId", env.ToString()), new("Milestone", "6월 중간 점검"), new("DueOn", "2026-12-15")], "/staff/proactive/plan?handler=Add");
        var task = await App.ExecuteDbContextAsync(db => db.Set<PlanTask>().AsNoTracking().SingleAsync(t => t.Title == title));

        var refused = await PostFormAsync(pages, "/staff/proactive/plan?year=2026", [new("taskId", task.Id.ToString()), new("Progress", "140")], "/staff/proactive/plan?handler=Progress");
        Assert.Contains("진행률은 0에서 100 사이로 입력해 주세요.", await refused.Content.ReadAsStringAsync());
        var officer = await StaffPagesAsync(App, Officer); // 도로교통과, not the owner
        var forbidden = await PostFormAsync(officer, "/staff/proactive/plan?year=2026", [new("taskId", task.Id.ToString()), new("Progress", "50")], "/staff/proactive/plan?handler=Progress");
        Assert.NotEqual("/staff/proactive/plan", forbidden.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(0, await App.ExecuteDbContextAsync(db => db.Set<PlanTask>().Where(t => t.Id == task.Id).Select(t => t.Progress).SingleAsync()));

        await PostFormAsync(pages, "/staff/proactive/plan?year=2026", [new("taskId", task.Id.ToString()), new("Progress", "40")], "/staff/proactive/plan?handler=Progress");
        Assert.Equal(40, await App.ExecuteDbContextAsync(db => db.Set<PlanTask>().Where(t => t.Id == task.Id).Select(t => t.Progress).SingleAsync()));
        var html = await pages.GetStringAsync("/staff/proactive/plan?year=2026");
        Assert.Contains("plan-chart", html);
        Assert.Contains(title, html);
    }
}

[Collection(Collections.Sqlite)] public sealed class TrainingSqliteTests(SqliteApp app) : TrainingTests(app);
[Collection(Collections.Postgres)] public sealed class TrainingPostgresTests(PostgresApp app) : TrainingTests(app);
