using System.Text;
using Minwon.Screening.Normalization;

namespace Minwon.Screening.Abuse;

/// <summary>
/// Writes a text the way people disguise words online, for training-time augmentation and robustness checks: in some
/// words a space or a symbol between two syllables (씨발놈 → 씨 발놈, 시.발) or the initial consonants instead of the
/// syllables (시발 → ㅅㅂ). Deterministic for a given <see cref="Random"/>.
/// </summary>
public static class TextObfuscator
{
    private const string Initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private const string Symbols = ".*~,_^";

    /// <param name="wordRate">Probability that a word of two or more Hangul syllables is disguised.</param>
    public static string Obfuscate(string text, Random rng, double wordRate = 0.3)
    {
        var sb = new StringBuilder(text.Length + 16);
        var words = text.Split(' ');
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0) sb.Append(' ');
            var word = words[w];
            int syllables = 0;
            foreach (char c in word) if (Hangul.IsSyllable(c)) syllables++;
            if (syllables < 2 || rng.NextDouble() >= wordRate)
            {
                sb.Append(word);
                continue;
            }
            double kind = rng.NextDouble();
            if (kind < 0.3 && syllables <= 3)
            {
                // jamo abbreviation of the whole word: 시발 → ㅅㅂ
                foreach (char c in word) sb.Append(Hangul.IsSyllable(c) ? Initials[Hangul.Initial(c)] : c);
                continue;
            }
            // a space (or a symbol) between two adjacent syllables
            var cut = new List<int>();
            for (int i = 1; i < word.Length; i++)
            {
                if (Hangul.IsSyllable(word[i - 1]) && Hangul.IsSyllable(word[i])) cut.Add(i);
            }
            if (cut.Count == 0)
            {
                sb.Append(word);
                continue;
            }
            int at = cut[rng.Next(cut.Count)];
            sb.Append(word, 0, at).Append(kind < 0.75 ? ' ' : Symbols[rng.Next(Symbols.Length)]).Append(word, at, word.Length - at);
        }
        return sb.ToString();
    }
}
