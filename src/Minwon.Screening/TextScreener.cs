using Minwon.Screening.PersonalData;

namespace Minwon.Screening;

/// <summary>What <see cref="TextScreener.Screen"/> found in one text: abuse and threats, and personal data.</summary>
public sealed class ScreeningResult
{
    private readonly string _text;
    private string? _masked;

    internal ScreeningResult(string text, AbuseResult abuse, IReadOnlyList<PersonalDataMatch> personalData)
    {
        _text = text;
        Abuse = abuse;
        PersonalData = personalData;
    }

    /// <summary>Abuse categories, scores, spans and the threat verdict.</summary>
    public AbuseResult Abuse { get; }

    /// <summary>Personal data found (resident numbers, phones, emails, cards, accounts, passports, addresses).</summary>
    public IReadOnlyList<PersonalDataMatch> PersonalData { get; }

    /// <summary>Abusive language found (threats included).</summary>
    public bool IsAbusive => Abuse.IsAbusive;

    /// <summary>A threat of violence: raise the emergency alert at once.</summary>
    public bool IsThreat => Abuse.IsThreat;

    /// <summary>Personal data found.</summary>
    public bool HasPersonalData => PersonalData.Count > 0;

    /// <summary>Nothing to mask and nothing to alert.</summary>
    public bool IsClean => !IsAbusive && !HasPersonalData;

    /// <summary>
    /// The officer's default view: abusive spans replaced with ●, personal data masked per DESIGN.md
    /// (900101-1******, 010-****-1234). Computed on first use; the same instance as the text when nothing is masked.
    /// </summary>
    public string MaskedText => _masked ??= BuildMasked();

    private string BuildMasked()
    {
        var text = Abuse.Spans.Count == 0 ? _text : AbuseDetector.Mask(_text, Abuse.Spans);
        return PersonalData.Count == 0 ? text : PersonalDataDetector.Default.Mask(text);
    }
}

/// <summary>
/// One call to screen a text before a person reads it: <see cref="AbuseDetector"/> (abuse, threats) and
/// <see cref="PersonalDataDetector"/> (personal data). Thread-safe.
/// </summary>
public sealed class TextScreener
{
    private readonly AbuseDetector _abuse;
    private readonly PersonalDataDetector _personalData;

    public TextScreener(AbuseDetector? abuse = null, PersonalDataDetector? personalData = null)
    {
        _abuse = abuse ?? AbuseDetector.Default;
        _personalData = personalData ?? PersonalDataDetector.Default;
    }

    /// <summary>A screener with the default detectors.</summary>
    public static TextScreener Default { get; } = new();

    public ScreeningResult Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ScreeningResult(text, _abuse.Analyze(text), _personalData.Find(text));
    }
}
