namespace Minwon.Screening.Normalization;

/// <summary>
/// Normalises Korean as written online, for matching and for the learned model, in one allocation-free pass:
/// <list type="bullet">
/// <item>symbols and punctuation inside words are dropped (시.발 → 시발); whitespace runs become one space
/// (matchers decide whether a hit may cross a space: 씨 발);</item>
/// <item>Latin letters are lower-cased, full-width forms folded, leet digits inside Latin words mapped (sh1t → shit);</item>
/// <item>Latin words that read as Hangul typed in English keyboard mode are converted back (tlqkf → 시발);</item>
/// <item>repeated letters collapse to one (ㅋㅋㅋ → ㅋ, 씨발발 → 씨발) and vowel elongation is removed
/// (씨이이발 → 씨발); stray vowel jamo (ㅠㅠ) are dropped; jamo consonants stay (ㅅㅂ);</item>
/// <item>every output character keeps the range of original characters it came from, so spans point into the original.</item>
/// </list>
/// </summary>
public static class KoreanNormalizer
{
    /// <summary>
    /// Normalises <paramref name="text"/> into <paramref name="output"/> (at least text.Length long). For each output
    /// character i, the original characters are [mapStart[i], mapEnd[i]). Returns the output length.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> output, Span<int> mapStart, Span<int> mapEnd)
    {
        int n = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (n > 0 && output[n - 1] != ' ')
                {
                    output[n] = ' ';
                    mapStart[n] = i;
                    mapEnd[n] = i + 1;
                    n++;
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.Length && !char.IsWhiteSpace(text[j])) j++;
            n = NormalizeToken(text, i, j, output, mapStart, mapEnd, n);
            i = j;
        }
        if (n > 0 && output[n - 1] == ' ') n--;
        return n;
    }

    /// <summary>Convenience overload (allocates): the normalised string only.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[text.Length];
        var s = new int[text.Length];
        var e = new int[text.Length];
        int n = Normalize(text, buffer, s, e);
        return new string(buffer, 0, n);
    }

    private static int NormalizeToken(ReadOnlySpan<char> text, int start, int end, Span<char> output, Span<int> mapStart, Span<int> mapEnd, int n)
    {
        var token = text[start..end];
        int latin = 0, hangul = 0, other = 0;
        foreach (char raw in token)
        {
            char c = FoldWidth(raw);
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin++;
            else if (Hangul.IsSyllable(c) || Hangul.IsJamoConsonant(c) || Hangul.IsJamoVowel(c)) hangul++;
            else if (char.IsLetter(c)) other++;
        }
        bool latinWord = latin > 0 && hangul == 0 && other == 0;
        if (latinWord && latin >= 3 && latin <= 24)
        {
            // Collect the letters (case kept, for the shifted double consonants) and try reading them as Hangul.
            Span<char> keys = stackalloc char[latin];
            Span<int> keyIndex = stackalloc int[latin];
            int k = 0, vowels = 0, lower = 0;
            bool lettersOnly = true;
            for (int p = start; p < end; p++)
            {
                char c = FoldWidth(text[p]);
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                {
                    if (k > 0 && keyIndex[k - 1] != p - 1) lettersOnly = false; // symbols between letters: f*ck
                    keys[k] = c;
                    keyIndex[k] = p;
                    char l = (char)(c | 0x20);
                    if (l is 'a' or 'e' or 'i' or 'o' or 'u') vowels++;
                    if (c >= 'a') lower++;
                    k++;
                }
                else if (char.IsDigit(c)) lettersOnly = false;
            }
            if (lettersOnly && lower > 0 && vowels * 3 <= latin && !EnglishWords.LooksEnglish(keys))
            {
                Span<char> syll = stackalloc char[latin];
                Span<int> syllKey = stackalloc int[latin];
                int m = Hangul.FromQwerty(keys, syll, syllKey);
                if (m > 0)
                {
                    for (int q = 0; q < m; q++)
                    {
                        int firstKey = syllKey[q];
                        int lastKey = q + 1 < m ? syllKey[q + 1] - 1 : k - 1;
                        n = Emit(syll[q], keyIndex[firstKey], keyIndex[lastKey] + 1, output, mapStart, mapEnd, n);
                    }
                    return n;
                }
            }
        }

        for (int p = start; p < end; p++)
        {
            char c = FoldWidth(text[p]);
            if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            else if (latinWord) c = Leet(c);
            if ((c >= 'a' && c <= 'z') || Hangul.IsSyllable(c) || Hangul.IsJamoConsonant(c))
            {
                n = Emit(c, p, p + 1, output, mapStart, mapEnd, n);
            }
            else if (c >= '0' && c <= '9')
            {
                output[n] = c; // digits are never collapsed (1188, 2018)
                mapStart[n] = p;
                mapEnd[n] = p + 1;
                n++;
            }
            else if (char.IsLetter(c) && !Hangul.IsJamoVowel(c))
            {
                n = Emit(char.ToLowerInvariant(c), p, p + 1, output, mapStart, mapEnd, n);
            }
            // everything else (punctuation, symbols, emoji, vowel jamo like ㅠㅠ) is dropped
        }
        return n;
    }

    private static int Emit(char c, int origStart, int origEnd, Span<char> output, Span<int> mapStart, Span<int> mapEnd, int n)
    {
        if (n > 0)
        {
            char prev = output[n - 1];
            if (prev == c)
            {
                mapEnd[n - 1] = origEnd; // collapse repeats: ㅋㅋㅋ → ㅋ
                return n;
            }
            // vowel elongation: 씨이발 → 씨발, 개애새끼 → 개새끼 (a ㅇ+vowel syllable repeating the previous open vowel)
            if (Hangul.IsSyllable(c) && Hangul.IsSyllable(prev) && Hangul.Initial(c) == 11 && Hangul.Final(c) == 0
                && Hangul.Final(prev) == 0 && SameVowel(Hangul.Vowel(prev), Hangul.Vowel(c)))
            {
                mapEnd[n - 1] = origEnd;
                return n;
            }
        }
        output[n] = c;
        mapStart[n] = origStart;
        mapEnd[n] = origEnd;
        return n + 1;
    }

    private static bool SameVowel(int a, int b)
    {
        if (a == b) return true;
        // ㅐ/ㅔ (1/5) sound alike, as do ㅢ→ㅣ (19→20)
        return (a == 1 && b == 5) || (a == 5 && b == 1) || (a == 19 && b == 20);
    }

    private static char FoldWidth(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char)(c - 0xFEE0);
        return c;
    }

    private static char Leet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        _ => c,
    };
}
