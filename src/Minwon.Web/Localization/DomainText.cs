using Minwon.Core.Complaints;

namespace Minwon.Web.Localization;

/// <summary>
/// Korean display names of domain values. They are keys of the shared string table, so views write
/// <c>L[DomainText.Type(c.Type)]</c> and get the English text under the "en" culture.
/// </summary>
public static class DomainText
{
    public static string Status(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => "접수",
        ComplaintStatus.Assigned => "처리중",
        ComplaintStatus.Answered => "답변완료",
        ComplaintStatus.Closed => "종결",
        _ => status.ToString(),
    };

    public static string Type(ComplaintType type) => type switch
    {
        ComplaintType.Statutory => "법정민원",
        ComplaintType.Question => "질의민원",
        ComplaintType.LegalQuestion => "법령 질의민원",
        ComplaintType.Proposal => "건의민원",
        ComplaintType.Other => "기타민원",
        ComplaintType.Grievance => "고충민원",
        _ => type.ToString(),
    };
}
