using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Staff;

namespace Minwon.Web.Incidents;

/// <summary>Two demo incidents, appended through <see cref="IncidentService"/> like any other, so the demo chain verifies.</summary>
public sealed class IncidentDemoSeeder(AppDbContext db, IncidentService incidents, UserManager<StaffUser> users, TimeProvider clock)
{
    // A 1×1 PNG standing in for a photo of the damaged counter.
    static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Set<Incident>().AnyAsync(ct)) return;
        var safety = await users.FindByEmailAsync("safety@minwon.local");
        var officer = await users.FindByEmailAsync("officer@minwon.local");
        var complaint = await db.Complaints.AsNoTracking().Where(c => c.DepartmentId == officer!.DepartmentId && c.CitizenPhone != null)
            .OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (safety is null || officer is null || complaint is null) return;
        var now = KoreaTime.ToKst(clock.GetUtcNow().UtcDateTime);

        await incidents.RecordAsync(new IncidentInput
        {
            Type = IncidentType.PropertyDamage, Source = IncidentSource.Complaint, ComplaintId = complaint.Id,
            OccurredAtKst = now.AddDays(-3).Date.AddHours(10).AddMinutes(20), Place = "본관 1층 민원실 3번 창구",
            StaffIds = [officer.Id], Description = "답변 내용에 불만을 품은 민원인이 창구 가림막을 내리쳐 금이 갔습니다. 담당자에게 고성을 지르다 청원경찰의 안내로 퇴거했습니다.",
            Witnesses = "옆 창구 직원, 청원경찰", Measures = [IncidentMeasure.Warning, IncidentMeasure.Rest], MeasureNote = "담당자 30분 휴식 부여",
        }, [new UploadedFile("창구 가림막.png", Photo)], safety, canSeeAll: true, ct);

        await incidents.RecordAsync(new IncidentInput
        {
            Type = IncidentType.Threat, Source = IncidentSource.Call, CallReference = "REC-DEMO-0001", ComplainantName = "홍길동",
            ComplainantPhone = "010-9876-5432", OccurredAtKst = now.AddDays(-1).Date.AddHours(15), Place = "민원 콜센터",
            StaffIds = [officer.Id], Description = "통화 중 \"찾아가서 가만두지 않겠다\"고 반복해 말하여 경고 후 통화를 종료했습니다.",
            Measures = [IncidentMeasure.Warning, IncidentMeasure.CallEnded, IncidentMeasure.PoliceReport, IncidentMeasure.Counselling],
        }, [], safety, canSeeAll: true, ct);
    }
}
