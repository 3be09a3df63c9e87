using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;

namespace Minwon.Web.Pages.Staff;

/// <summary>History labels (keys of the shared resources), Korea-time formatting and deadline urgency for the staff pages.</summary>
public static class StaffText
{
    public static string Event(ComplaintEventKind k) => k switch
    {
        ComplaintEventKind.Filed => "접수",
        ComplaintEventKind.Assigned => "배정",
        ComplaintEventKind.DraftSaved => "답변 임시저장",
        ComplaintEventKind.Answered => "답변 발송",
        ComplaintEventKind.Transferred => "이송",
        ComplaintEventKind.Extended => "처리기간 연장",
        ComplaintEventKind.Closed => "종결",
        ComplaintEventKind.Rated => "만족도 평가",
        ComplaintEventKind.ClosureProposed => "반복 민원 종결 제안",
        ComplaintEventKind.ClosureRejected => "반복 민원 종결 반려",
        ComplaintEventKind.Grouped => "다수인관련민원 묶음",
        ComplaintEventKind.Ungrouped => "다수인관련민원 묶음에서 제외",
        _ => k.ToString(),
    };

    /// <summary>"2026-11-23 14:05" in Korea time.</summary>
    public static string Kst(DateTime utc) => KoreaTime.ToKst(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Overdue once the deadline has passed; due soon with less than one working day (8 working hours) left.</summary>
    public static DeadlineUrgency Urgency(DateTime nowUtc, DateTime dueUtc, double workingHoursLeft) =>
        nowUtc > dueUtc ? DeadlineUrgency.Overdue
        : workingHoursLeft < ProcessingPeriod.HoursPerDay ? DeadlineUrgency.DueSoon
        : DeadlineUrgency.OnTrack;
}
