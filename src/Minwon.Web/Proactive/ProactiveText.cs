using Minwon.Web.Localization;

namespace Minwon.Web.Proactive;

/// <summary>Labels (keys of the shared resources) and the public naming rule for the proactive-administration pages.</summary>
public static class ProactiveText
{
    public static string Status(RecommendationStatus s) => s switch
    {
        RecommendationStatus.Submitted => "접수",
        RecommendationStatus.Eligible => "심사 중",
        RecommendationStatus.Ineligible => "대상 아님",
        RecommendationStatus.Selected => "선정",
        _ => "미선정",
    };

    public static string Kind(RecommendationKind k) => k == RecommendationKind.Official ? "공무원 추천" : "사례 추천";

    public static string Award(AwardLevel? a) => a switch
    {
        AwardLevel.Grand => "최우수",
        AwardLevel.Excellent => "우수",
        AwardLevel.Merit => "장려",
        _ => "",
    };

    public static string PeriodKind(PeriodKind k) => k == Proactive.PeriodKind.Quarter ? "분기" : "반기";

    /// <summary>
    /// The period as the public reads it, from its kind and start ("2026년 상반기", "H1 2026"); the committee's own
    /// name for it (free Korean text) stays on the staff pages.
    /// </summary>
    public static string PeriodLabel(ProactivePeriod p, Microsoft.Extensions.Localization.IStringLocalizer L) => p.Kind == Proactive.PeriodKind.Quarter
        ? L["{0}년 {1}분기", p.StartsOn.Year, (p.StartsOn.Month - 1) / 3 + 1].Value
        : L[p.StartsOn.Month <= 6 ? "{0}년 상반기" : "{0}년 하반기", p.StartsOn.Year].Value;

    public static string? PublicTitle(Recommendation r) => LocalizationSetup.IsEnglish ? r.PublicTitleEn : r.PublicTitle;
    public static string? PublicSummary(Recommendation r) => LocalizationSetup.IsEnglish ? r.PublicSummaryEn : r.PublicSummary;
    public static string Department(Recommendation r) => r.Department is null ? "" : LocalizationSetup.IsEnglish ? r.Department.NameEn : r.Department.Name;

    /// <summary>
    /// Who the public sees: the official's real name only when their consent is recorded, otherwise the public alias
    /// (or nothing, for a case recommended without a named official). Requires <see cref="Recommendation.Nominee"/> loaded.
    /// </summary>
    public static string? PublicNominee(Recommendation r) =>
        r.NameConsent && r.Nominee is not null ? r.Nominee.RealName : r.NomineeAlias;
}
