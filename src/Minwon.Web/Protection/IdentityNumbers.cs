using Minwon.Screening.PersonalData;

namespace Minwon.Web.Protection;

/// <summary>
/// DESIGN.md: resident registration numbers are never stored unless a statutory complaint requires them (none of the
/// services here does). A resident or foreigner registration number typed into a free text is masked (900101-1******)
/// before the text is first saved. Numbers issued since October 2020 carry no check digit, so a hyphenated
/// YYMMDD-GNNNNNN with a valid date counts too: masking an order number that looks like one costs nothing.
/// </summary>
public static class IdentityNumbers
{
    static readonly PersonalDataDetector Detector = new(new PersonalDataOptions { AcceptUnverifiedHyphenatedResidentNumbers = true });

    /// <summary>
    /// The text with identity numbers masked. The mask adds the hyphen a number may have been typed without, so a text
    /// at its length limit is cut back to <paramref name="maxLength"/>.
    /// </summary>
    public static string Redact(string text, int maxLength)
    {
        var redacted = Detector.Mask(text, k => k is PersonalDataKind.ResidentNumber or PersonalDataKind.ForeignerNumber);
        return redacted.Length <= maxLength ? redacted : redacted[..maxLength];
    }
}
