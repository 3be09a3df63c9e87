namespace Minwon.Screening.Abuse;

/// <summary>Expands compact pattern notation: "죽여{버린,버릴,놓}다?" style braces, "{a,b}" alternatives (may be empty).</summary>
internal static class PatternExpander
{
    public static IEnumerable<string> Expand(string pattern)
    {
        int open = pattern.IndexOf('{');
        if (open < 0)
        {
            yield return pattern;
            yield break;
        }
        int close = pattern.IndexOf('}', open);
        string head = pattern[..open];
        string tail = pattern[(close + 1)..];
        foreach (var alt in pattern[(open + 1)..close].Split(','))
        {
            foreach (var rest in Expand(tail))
            {
                yield return head + alt + rest;
            }
        }
    }
}
