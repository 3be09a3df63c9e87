using Microsoft.Extensions.Localization;
using Minwon.Web.Complaints;
using Minwon.Web.Pages.Complaints;

namespace Minwon.Web.Pages.Staff.Proactive;

public static class CommitteeText
{
    /// <summary>An outcome's messages, translated, for _FormErrors.</summary>
    public static IEnumerable<string> Errors(Outcome o, IStringLocalizer L) => o.Errors.Values.Select(m => PortalText.Translate(L, m)).Distinct();
}
