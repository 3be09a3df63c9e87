namespace Minwon.Screening.Abuse;

/// <summary>
/// Everyday words that look like abuse to the learned model: 시발역/시발점 (the starting station or point) and
/// 새끼 for the young of an animal (고양이 새끼, 새끼 고양이) or in a compound (새끼발가락, 새끼줄); 짖다 when a dog was
/// mentioned before it; 쓰레기 and 개똥 in their literal sense (쓰레기 수거, not 쓰레기 같은); 청소년. A verdict of the model
/// alone that rests only on such words is overruled; the lexicon already skips them.
/// </summary>
internal static class InnocentWords
{
    private static readonly string[] StartingPoint = ["시발역", "시발점", "시발택", "시발착", "시발차"];

    private static readonly string[] Animals =
    [
        "고양이", "강아지", "새", "돼지", "소", "닭", "오리", "곰", "토끼", "염소", "양", "말", "사슴", "물고기", "제비",
        "까치", "비둘기", "너구리", "고라니", "멧돼지", "거북이", "길고양이", "들고양이", "유기견", "유기묘", "참새",
    ];

    /// <summary>Whether the word at [start, end) of normalised text <paramref name="s"/> is an innocent use.</summary>
    public static bool IsInnocent(ReadOnlySpan<char> s, int start, int end)
    {
        var word = s[start..end];
        foreach (var w in StartingPoint)
        {
            if (word.StartsWith(w, StringComparison.Ordinal)) return true;
        }
        if (word.StartsWith("새끼", StringComparison.Ordinal) && StartsWithAny(word[2..], Compounds)) return true;
        if (word.StartsWith("짖", StringComparison.Ordinal)) return DogBefore(s, start);
        // seventh round: 개 소리, 개 돼지 농장, 돼지 전염병, 생선 대가리: animals and their parts in a literal context
        if ((word.StartsWith("개", StringComparison.Ordinal) && IsParticle(word[1..].StartsWith("들") ? word[2..] : word[1..]))
            || (word.StartsWith("돼지", StringComparison.Ordinal) && IsParticle(word[2..])))
        {
            return StartsWithAny(NextWord(s, end), Livestock) || IsAnimal(PreviousWord(s, start)) || PreviousWord(s, start) is "개";
        }
        if (word.StartsWith("대가리", StringComparison.Ordinal) && IsParticle(word[3..])) return StartsWithAny(PreviousWord(s, start), HeadOwners);
        if (word.StartsWith("청소년", StringComparison.Ordinal)) return word.Length <= 6 && word.IndexOf("새끼") < 0;
        foreach (var literal in (ReadOnlySpan<string>)["쓰레기", "개똥"])
        {
            if (word.StartsWith(literal, StringComparison.Ordinal) && IsParticle(word[literal.Length..])
                && !NextWord(s, end).StartsWith("같", StringComparison.Ordinal))
            {
                return true;
            }
        }
        if (word.StartsWith("새끼", StringComparison.Ordinal))
        {
            // 새끼고양이 as one word, or 새끼 next to an animal (고양이 새끼, 새끼 고양이)
            return StartsWithAnimal(word[2..]) || IsAnimal(PreviousWord(s, start)) || IsAnimal(NextWord(s, end));
        }
        foreach (var a in Animals)
        {
            // 고양이새끼 as one word
            if (word.StartsWith(a, StringComparison.Ordinal) && word[a.Length..].StartsWith("새끼", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] Livestock =
        ["소리", "짖", "농장", "농가", "축사", "사육", "분뇨", "전염병", "열병", "구제역", "도축", "사료", "돼지", "똥", "산책", "목줄", "주인"];

    private static readonly string[] HeadOwners = ["생선", "멸치", "고등어", "꽁치", "갈치", "명태", "동태", "물고기", "오징어", "새우", "콩나물", "못"];

    private static readonly string[] Compounds = ["손가락", "발가락", "손톱", "발톱", "줄"];

    private static readonly string[] Particles = ["", "가", "이", "를", "을", "는", "은", "도", "와", "나", "에", "로", "만", "통", "봉투", "더미", "장"];

    private static bool IsParticle(ReadOnlySpan<char> rest)
    {
        foreach (var p in Particles)
        {
            if (rest.SequenceEqual(p)) return true;
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (word.StartsWith(p, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // 옆집 개가 밤마다 짖어 대서: a dog (개가, 개들이, 강아지, 반려견 …) is named earlier in the text
    private static bool DogBefore(ReadOnlySpan<char> s, int start)
    {
        foreach (var range in s[..start].Split(' '))
        {
            var w = s[..start][range];
            if (w.StartsWith("개", StringComparison.Ordinal) && w.Length <= 3 && IsParticle(w[1..].StartsWith("들") ? w[2..] : w[1..])) return true;
            if (w.IndexOf("강아지") >= 0 || w.IndexOf("반려견") >= 0 || w.IndexOf("애완견") >= 0 || w.IndexOf("진돗개") >= 0) return true;
        }
        return false;
    }

    private static bool StartsWithAnimal(ReadOnlySpan<char> word)
    {
        foreach (var a in Animals)
        {
            if (word.StartsWith(a, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool IsAnimal(ReadOnlySpan<char> word)
    {
        foreach (var a in Animals)
        {
            if (word.SequenceEqual(a) || (word.StartsWith(a, StringComparison.Ordinal) && word.Length <= a.Length + 2)) return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> s, int start)
    {
        int end = start - 1;
        while (end > 0 && s[end - 1] == ' ') end--;
        if (end <= 0) return [];
        int begin = end;
        while (begin > 0 && s[begin - 1] != ' ') begin--;
        return s[begin..end];
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> s, int end)
    {
        int begin = end;
        while (begin < s.Length && s[begin] == ' ') begin++;
        int stop = begin;
        while (stop < s.Length && s[stop] != ' ') stop++;
        return s[begin..stop];
    }
}
