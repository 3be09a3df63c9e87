using Minwon.Core.Complaints;
using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;

namespace Minwon.Web.Pages.Staff;

/// <summary>Korean labels (the keys of the shared resources) and Korea-time formatting for the staff pages.</summary>
public static class StaffText
{
    public static string Type(ComplaintType t) => t switch
    {
        ComplaintType.Statutory => "법정민원",
        ComplaintType.Question => "질의민원",
        ComplaintType.LegalQuestion => "질의민원(법령)",
        ComplaintType.Proposal => "건의민원",
        ComplaintType.Other => "기타민원",
        ComplaintType.Grievance => "고충민원",
        _ => t.ToString(),
    };

    public static string Status(ComplaintStatus s) => s switch
    {
        ComplaintStatus.Received => "접수",
        ComplaintStatus.Assigned => "처리중",
        ComplaintStatus.Answered => "답변완료",
        ComplaintStatus.Closed => "종결",
        _ => s.ToString(),
    };

    /// <summary>KRDS badge colour; the text beside it carries the meaning, never the colour alone.</summary>
    public static string StatusBadge(ComplaintStatus s) => s switch
    {
        ComplaintStatus.Received => "krds-badge bg-light-primary",
        ComplaintStatus.Assigned => "krds-badge bg-light-information",
        ComplaintStatus.Answered => "krds-badge bg-light-success",
        _ => "krds-badge bg-light-gray",
    };

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
