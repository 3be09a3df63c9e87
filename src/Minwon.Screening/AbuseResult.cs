namespace Minwon.Screening;

/// <summary>What <see cref="AbuseDetector.Analyze"/> found in one text.</summary>
public sealed class AbuseResult
{
    internal static readonly TextSpan[] NoSpans = [];
    private readonly float[] _scores;

    internal AbuseResult(bool isAbusive, bool isThreat, float score, float[] scores, TextSpan[] spans, TextSpan[] threatSpans)
    {
        IsAbusive = isAbusive;
        IsThreat = isThreat;
        Score = score;
        _scores = scores;
        Spans = spans;
        ThreatSpans = threatSpans;
    }

    /// <summary>Abusive language (any category, threats included) at or above the decision threshold.</summary>
    public bool IsAbusive { get; }

    /// <summary>A threat of violence: an emergency, to be alerted at once, separate from mere abuse.</summary>
    public bool IsThreat { get; }

    /// <summary>Overall abuse score in [0, 1].</summary>
    public float Score { get; }

    /// <summary>Score in [0, 1] of one category.</summary>
    public float this[AbuseCategory category] => _scores[(int)category];

    /// <summary>Score in [0, 1] of one category.</summary>
    public float CategoryScore(AbuseCategory category) => _scores[(int)category];

    /// <summary>The categories at or above the threshold, most likely first.</summary>
    public IReadOnlyList<AbuseCategory> Categories(float threshold = 0.5f)
    {
        var list = new List<AbuseCategory>(5);
        for (int i = 0; i < _scores.Length; i++)
        {
            if (_scores[i] >= threshold) list.Add((AbuseCategory)i);
        }
        list.Sort((a, b) => _scores[(int)b].CompareTo(_scores[(int)a]));
        return list;
    }

    /// <summary>Spans of abusive words in the original text, sorted and merged: mask these in the officer's view.</summary>
    public IReadOnlyList<TextSpan> Spans { get; }

    /// <summary>Spans of threatening phrases in the original text (shown to the safety team; not masked by default).</summary>
    public IReadOnlyList<TextSpan> ThreatSpans { get; }

    public override string ToString() =>
        $"abusive={IsAbusive} threat={IsThreat} score={Score:0.000} profanity={_scores[0]:0.00} insult={_scores[1]:0.00} " +
        $"sexual={_scores[2]:0.00} hate={_scores[3]:0.00} threat={_scores[4]:0.00} spans={Spans.Count}";
}
