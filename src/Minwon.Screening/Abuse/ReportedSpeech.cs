namespace Minwon.Screening.Abuse;

/// <summary>
/// Words someone else said, reproduced in a report: between quotation marks, with the closing mark followed by a
/// quoting ending (윗집 사람이 "죽여 버린다"고 협박했습니다, "가만 안 둔다"며 소리쳤습니다). A threat quoted this way is
/// not the writer's threat: it raises no alert, but the text still counts as abusive.
/// </summary>
internal static class ReportedSpeech
{
    private static readonly char[] Quotes = ['"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』'];

    private static readonly string[] QuotingEndings =
        ["고", "라고", "이라고", "는", "라는", "이라는", "란", "이란", "며", "라며", "이라며", "하고", "하며", "하면서", "라면서"];

    /// <summary>Whether [start, end) of <paramref name="text"/> lies inside one quotation followed by a quoting ending.</summary>
    public static bool IsQuoted(string text, int start, int end)
    {
        if (start <= 0 || end > text.Length) return false;
        int open = text.LastIndexOfAny(Quotes, start - 1);
        int close = text.IndexOfAny(Quotes, end);
        if (open < 0 || close < 0) return false;
        char o = text[open];
        if (o is '”' or '’' or '」' or '』') return false;
        if (o is '"' or '\'' && text.AsSpan(0, open).Count(o) % 2 == 1) return false; // that mark closes an earlier quotation
        if (text.AsSpan(open, close - open).IndexOfAny('\n', '\r') >= 0) return false;
        var after = text.AsSpan(close + 1);
        foreach (var ending in QuotingEndings)
        {
            if (after.StartsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
