using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Minwon.Core.Complaints;
using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;
using Minwon.Web.Departments;
using Minwon.Web.Localization;

namespace Minwon.Web.Pages.Complaints;

/// <summary>Citizen-portal wording shared by the filing, receipt, tracking and "my complaints" pages.</summary>
public static class PortalText
{
    /// <summary>The one answer for a wrong receipt number or verification, so neither can be probed on its own.</summary>
    public const string NotVerified = "접수번호 또는 확인 정보가 올바르지 않습니다.";

    /// <summary>The answer while a receipt is locked after too many failed verifications, with the minutes left.</summary>
    public static string Locked(IStringLocalizer L, TimeSpan lockedFor) => L[CitizenVerification.Locked, CitizenVerification.Minutes(lockedFor)].Value;

    public static string TypeKey(ComplaintType type) => type switch
    {
        ComplaintType.Statutory => "법정민원",
        ComplaintType.Question => "질의민원",
        ComplaintType.LegalQuestion => "법령 질의민원",
        ComplaintType.Proposal => "건의민원",
        ComplaintType.Other => "기타민원",
        _ => "고충민원",
    };

    public static string EventKey(ComplaintEventKind kind) => kind switch
    {
        ComplaintEventKind.Filed => "접수",
        ComplaintEventKind.Assigned => "담당자 지정",
        ComplaintEventKind.DraftSaved => "답변 작성 중",
        ComplaintEventKind.Answered => "답변 완료",
        ComplaintEventKind.Transferred => "이송",
        ComplaintEventKind.Extended => "처리기간 연장",
        ComplaintEventKind.Closed => "종결",
        ComplaintEventKind.Grouped => "다수인관련민원으로 함께 처리",
        ComplaintEventKind.Ungrouped => "다수인관련민원에서 제외되어 따로 처리",
        _ => "만족도 평가",
    };

    public static string DepartmentName(Department? d) => d is null ? "" : LocalizationSetup.IsEnglish ? d.NameEn : d.Name;
    public static string CategoryName(Category? c) => c is null ? "" : LocalizationSetup.IsEnglish ? c.NameEn : c.Name;
    public static string ServiceName(StatutoryService? s) => s is null ? "" : LocalizationSetup.IsEnglish ? s.NameEn : s.Name;

    /// <summary>A UTC instant as Korea time, e.g. "2026-11-23 14:05".</summary>
    public static string Kst(DateTime utc) => KoreaTime.ToKst(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };

    /// <summary>
    /// Translates a service message. Attachment messages end in ": file name", so when the whole text has no entry
    /// the part before the last ": " is translated and the file name kept.
    /// </summary>
    public static string Translate(IStringLocalizer L, string message)
    {
        var whole = L[message];
        if (!whole.ResourceNotFound) return whole.Value;
        var cut = message.LastIndexOf(": ", StringComparison.Ordinal);
        if (cut > 0)
        {
            var head = L[message[..cut]];
            if (!head.ResourceNotFound) return head.Value + message[cut..];
        }
        return message;
    }

    /// <summary>Puts an outcome's errors into the model state, translated, keyed as the form's field names (prefix.Field).</summary>
    public static void AddErrors(ModelStateDictionary modelState, IStringLocalizer L, IReadOnlyDictionary<string, string> errors, string prefix)
    {
        foreach (var (field, message) in errors)
            modelState.AddModelError(field.Length == 0 || field == "Attachments" || prefix.Length == 0 ? field : $"{prefix}.{field}", Translate(L, message));
    }
}
