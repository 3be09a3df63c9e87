namespace Minwon.Screening.Normalization;

/// <summary>Hangul syllable arithmetic and QWERTY (2-beolsik) keyboard conversion.</summary>
public static class Hangul
{
    public const char SyllableFirst = '\uAC00';
    public const char SyllableLast = '\uD7A3';

    public static bool IsSyllable(char c) => c >= SyllableFirst && c <= SyllableLast;

    /// <summary>Compatibility jamo consonants ㄱ..ㅎ (U+3131..U+314E).</summary>
    public static bool IsJamoConsonant(char c) => c >= '\u3131' && c <= '\u314E';

    /// <summary>Compatibility jamo vowels ㅏ..ㅣ (U+314F..U+3163).</summary>
    public static bool IsJamoVowel(char c) => c >= '\u314F' && c <= '\u3163';

    /// <summary>Vowel index (0..20) of a syllable.</summary>
    public static int Vowel(char syllable) => ((syllable - SyllableFirst) / 28) % 21;

    /// <summary>Final consonant index (0 = none) of a syllable.</summary>
    public static int Final(char syllable) => (syllable - SyllableFirst) % 28;

    /// <summary>Initial consonant index (0..18) of a syllable.</summary>
    public static int Initial(char syllable) => (syllable - SyllableFirst) / (21 * 28);

    private const string Initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private const string Vowels = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    private const string Finals = "\0ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

    // QWERTY key -> compatibility jamo (lower case; shifted keys for the five double consonants and two vowels).
    private static readonly char[] KeyLower = BuildKeys("ㅁㅠㅊㅇㄷㄹㅎㅗㅑㅓㅏㅣㅡㅜㅐㅔㅂㄱㄴㅅㅕㅍㅈㅌㅛㅋ");

    private static char[] BuildKeys(string az) => az.ToCharArray();

    /// <summary>Jamo typed by a QWERTY key in Korean mode, or '\0'.</summary>
    public static char KeyToJamo(char key)
    {
        switch (key)
        {
            case 'Q': return 'ㅃ';
            case 'W': return 'ㅉ';
            case 'E': return 'ㄸ';
            case 'R': return 'ㄲ';
            case 'T': return 'ㅆ';
            case 'O': return 'ㅒ';
            case 'P': return 'ㅖ';
        }
        if (key >= 'A' && key <= 'Z') key = (char)(key + 32);
        return key >= 'a' && key <= 'z' ? KeyLower[key - 'a'] : '\0';
    }

    private static int InitialIndex(char jamo) => Initials.IndexOf(jamo);
    private static int VowelIndex(char jamo) => Vowels.IndexOf(jamo);
    private static int FinalIndex(char jamo) => jamo == '\0' ? -1 : Finals.IndexOf(jamo, 1);

    private static int CombineVowel(int a, char b) => (Vowels[a], b) switch
    {
        ('ㅗ', 'ㅏ') => VowelIndex('ㅘ'),
        ('ㅗ', 'ㅐ') => VowelIndex('ㅙ'),
        ('ㅗ', 'ㅣ') => VowelIndex('ㅚ'),
        ('ㅜ', 'ㅓ') => VowelIndex('ㅝ'),
        ('ㅜ', 'ㅔ') => VowelIndex('ㅞ'),
        ('ㅜ', 'ㅣ') => VowelIndex('ㅟ'),
        ('ㅡ', 'ㅣ') => VowelIndex('ㅢ'),
        _ => -1,
    };

    private static int CombineFinal(int a, char b) => (Finals[a], b) switch
    {
        ('ㄱ', 'ㅅ') => FinalIndex('ㄳ'),
        ('ㄴ', 'ㅈ') => FinalIndex('ㄵ'),
        ('ㄴ', 'ㅎ') => FinalIndex('ㄶ'),
        ('ㄹ', 'ㄱ') => FinalIndex('ㄺ'),
        ('ㄹ', 'ㅁ') => FinalIndex('ㄻ'),
        ('ㄹ', 'ㅂ') => FinalIndex('ㄼ'),
        ('ㄹ', 'ㅅ') => FinalIndex('ㄽ'),
        ('ㄹ', 'ㅌ') => FinalIndex('ㄾ'),
        ('ㄹ', 'ㅍ') => FinalIndex('ㄿ'),
        ('ㄹ', 'ㅎ') => FinalIndex('ㅀ'),
        ('ㅂ', 'ㅅ') => FinalIndex('ㅄ'),
        _ => -1,
    };

    /// <summary>
    /// Converts letters typed on a QWERTY keyboard in English mode back to Hangul (tlqkf -> 시발).
    /// Succeeds only when every keystroke falls into a complete syllable (consonant + vowel [+ final]);
    /// <paramref name="keyStart"/> receives the index of the first key of each syllable.
    /// Returns the number of syllables, or -1 when the letters do not read as Hangul.
    /// </summary>
    public static int FromQwerty(ReadOnlySpan<char> keys, Span<char> output, Span<int> keyStart)
    {
        Span<char> jamo = keys.Length <= 64 ? stackalloc char[keys.Length] : new char[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            jamo[i] = KeyToJamo(keys[i]);
            if (jamo[i] == '\0') return -1;
        }
        int pos = 0, n = 0;
        while (pos < jamo.Length)
        {
            int start = pos;
            int cho = InitialIndex(jamo[pos]);
            if (cho < 0 || pos + 1 >= jamo.Length) return -1;
            pos++;
            int jung = VowelIndex(jamo[pos]);
            if (jung < 0) return -1;
            pos++;
            if (pos < jamo.Length && IsJamoVowel(jamo[pos]))
            {
                int c = CombineVowel(jung, jamo[pos]);
                if (c < 0) return -1; // two vowels in a row that do not combine: not Hangul typing
                jung = c;
                pos++;
            }
            int jong = 0;
            if (pos < jamo.Length && IsJamoConsonant(jamo[pos]) && !(pos + 1 < jamo.Length && IsJamoVowel(jamo[pos + 1])))
            {
                int f = FinalIndex(jamo[pos]);
                if (f < 0) return -1; // ㄸ ㅃ ㅉ cannot close a syllable
                jong = f;
                pos++;
                if (pos < jamo.Length && IsJamoConsonant(jamo[pos]) && !(pos + 1 < jamo.Length && IsJamoVowel(jamo[pos + 1])))
                {
                    int c = CombineFinal(jong, jamo[pos]);
                    if (c < 0) return -1;
                    jong = c;
                    pos++;
                }
            }
            if (n >= output.Length) return -1;
            output[n] = (char)(SyllableFirst + (cho * 21 + jung) * 28 + jong);
            keyStart[n] = start;
            n++;
        }
        return n;
    }
}
