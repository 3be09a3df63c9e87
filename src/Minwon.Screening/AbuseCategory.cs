namespace Minwon.Screening;

/// <summary>Kinds of abusive language directed at staff.</summary>
public enum AbuseCategory
{
    /// <summary>욕설: swearing (씨발, ㅅㅂ, 존나, fuck).</summary>
    Profanity,
    /// <summary>모욕: insults and demeaning language (병신, 미친놈, 세금도둑); also the learned model's general "offensive" score.</summary>
    Insult,
    /// <summary>성희롱: sexual harassment.</summary>
    SexualHarassment,
    /// <summary>혐오: hate against a group (gender, origin, religion, age, disability, politics).</summary>
    Hate,
    /// <summary>협박: threats of violence; raises an emergency (<see cref="AbuseResult.IsThreat"/>).</summary>
    Threat,
}
