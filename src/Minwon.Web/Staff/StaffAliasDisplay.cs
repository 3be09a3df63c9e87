using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Minwon.Web.Staff;

/// <summary>
/// Shows a stored public alias in the reader's language. Aliases are stored as typed ("담당자 C-0300") and stay so in
/// the data and the API; an English page or notice reads "Officer C-0300". Aliases an administrator wrote without the
/// "담당자 " prefix are shown as they are.
/// </summary>
public static class StaffAliasDisplay
{
    const string KoreanPrefix = "담당자 "; // ko-only: the stored form, matched and replaced, never shown in English
    const string EnglishPrefix = "Officer ";

    /// <summary>The alias for the current UI culture (what Razor pages render).</summary>
    [return: NotNullIfNotNull(nameof(alias))]
    public static string? Localize(string? alias) => Localize(alias, CultureInfo.CurrentUICulture);

    [return: NotNullIfNotNull(nameof(alias))]
    public static string? Localize(string? alias, CultureInfo culture)
    {
        if (alias is null || culture.TwoLetterISOLanguageName != "en") return alias;
        return alias.StartsWith(KoreanPrefix, StringComparison.Ordinal) && alias.Length > KoreanPrefix.Length
            ? EnglishPrefix + alias[KoreanPrefix.Length..]
            : alias;
    }

    /// <summary>
    /// A colleague in a staff page: the alias, and the real name after it only for readers whose role may see names
    /// (supervisors and administrators); officers pick and read colleagues by alias like everyone else.
    /// </summary>
    public static string ForStaff(StaffUser user, bool canSeeNames) =>
        canSeeNames ? $"{Localize(user.PublicAlias)} ({user.RealName})" : Localize(user.PublicAlias);
}
