using System.Buffers;
using System.Runtime.InteropServices;
using Minwon.Screening.Normalization;

namespace Minwon.Screening.Abuse;

/// <summary>
/// Logistic regression over hashed character 1–4-grams and word unigrams of normalised text, with several heads
/// sharing the features (0 abusive, 1 hate/identity, 2 profanity). Weights are stored interleaved as 16-bit integers
/// with one scale per head (2^21 buckets in 12 MiB; float32 would need 24).
/// </summary>
public sealed class AbuseModel
{
    public const int HeadAbusive = 0;
    public const int HeadHate = 1;
    public const int HeadProfanity = 2;
    public const int HeadCount = 3;

    private const uint Magic = 0x4241574D; // "MWAB"
    private const int Version = 4; // 4: int16 weights with a scale per head; 3 added the feature set; float32 versions 2 and 3 still load

    public AbuseModel(int bits, float[][] weights, float[] bias, float threshold, FeatureSet set = FeatureSet.Basic)
        : this(bits, Quantize(Interleave(weights), out var scales), scales, bias, threshold)
    {
        Set = set;
    }

    private AbuseModel(int bits, short[] interleaved, float[] scales, float[] bias, float threshold)
    {
        Bits = bits;
        Mask = (1 << bits) - 1;
        _interleaved = interleaved;
        _scales = scales;
        Bias = bias;
        Threshold = threshold;
    }

    // heads interleaved per feature: one cache line per feature instead of one per head
    private static float[] Interleave(float[][] weights)
    {
        var interleaved = new float[weights[0].Length * HeadCount];
        for (int i = 0; i < weights[0].Length; i++)
        {
            for (int h = 0; h < HeadCount; h++) interleaved[i * HeadCount + h] = weights[h][i];
        }
        return interleaved;
    }

    // symmetric 16-bit quantisation per head: the largest weight maps to ±32767 (a step of about 1e-4 for weights up
    // to 4), far below what changes a decision; sums of the integers times the scale give the logit
    private static short[] Quantize(float[] interleaved, out float[] scales)
    {
        scales = new float[HeadCount];
        for (int i = 0; i < interleaved.Length; i++)
        {
            int h = i % HeadCount;
            scales[h] = Math.Max(scales[h], Math.Abs(interleaved[i]));
        }
        for (int h = 0; h < HeadCount; h++) scales[h] = scales[h] == 0 ? 1f : scales[h] / short.MaxValue;
        var q = GC.AllocateUninitializedArray<short>(interleaved.Length);
        for (int i = 0; i < interleaved.Length; i++) q[i] = (short)MathF.Round(interleaved[i] / scales[i % HeadCount]);
        return q;
    }

    public int Bits { get; }
    internal int Mask { get; }

    public float[] Bias { get; }

    /// <summary>Decision threshold on the abusive head (tuned on BEEP! dev and tuning slices).</summary>
    public float Threshold { get; set; }

    private readonly short[] _interleaved;
    private readonly float[] _scales;

    /// <summary>Optional feature families beyond character 1–4-grams and word unigrams (stored in the model file).</summary>
    [Flags]
    public enum FeatureSet
    {
        /// <summary>Character 1–4-grams and word unigrams (model file version 2).</summary>
        Basic = 0,

        /// <summary>Word bigrams.</summary>
        WordBigrams = 1,

        /// <summary>2–4-grams of the initial-consonant skeleton (씨발/시바/ㅅㅂ all read ㅅㅂ), spaces kept.</summary>
        Skeleton = 2,

        /// <summary>Character 5-grams.</summary>
        Char5 = 4,

        /// <summary>3–5-grams of the text with syllables decomposed into jamo (시발 → ㅅㅣㅂㅏㄹ), tense consonants folded.</summary>
        Jamo = 8,
    }

    /// <summary>The feature families this model was trained with.</summary>
    public FeatureSet Set { get; private init; }

    /// <summary>Maximum number of features <see cref="Features(ReadOnlySpan{char}, Span{int}, int)"/> writes for a normalised text of length n.</summary>
    public static int MaxFeatures(int n) => MaxFeatures(n, FeatureSet.Basic);

    public static int MaxFeatures(int n, FeatureSet set)
    {
        int max = 4 * (n + 2) + n / 2 + 2;
        if ((set & FeatureSet.Char5) != 0) max += n + 2;
        if ((set & FeatureSet.WordBigrams) != 0) max += n / 2 + 2;
        if ((set & FeatureSet.Skeleton) != 0) max += 3 * (n + 2);
        if ((set & FeatureSet.Jamo) != 0) max += 3 * (3 * n + 2);
        return max;
    }

    /// <summary>Writes the hashed feature indices of normalised text <paramref name="s"/>; returns their count.</summary>
    public static int Features(ReadOnlySpan<char> s, Span<int> output, int mask) => Features(s, output, mask, FeatureSet.Basic);

    public static int Features(ReadOnlySpan<char> s, Span<int> output, int mask, FeatureSet set)
    {
        int count = 0;
        int len = s.Length + 2; // virtual spaces at both ends
        int maxN = (set & FeatureSet.Char5) != 0 ? 5 : 4;
        for (int i = 0; i < len; i++)
        {
            uint h = 2166136261;
            for (int n = 1; n <= maxN && i + n <= len; n++)
            {
                char c = At(s, i + n - 1);
                h = (h ^ c) * 16777619;
                if (n == 1 && c == ' ') break; // n-grams never start with the boundary
                output[count++] = (int)(Mix(h + (uint)n * 0x9E3779B9) & (uint)mask);
            }
        }
        // word unigrams (and bigrams)
        int start = 0;
        uint prev = 0x1234567u; // start-of-text marker
        bool bigrams = (set & FeatureSet.WordBigrams) != 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || s[i] == ' ')
            {
                if (i > start)
                {
                    uint h = 0x811C9DC5 ^ 0x5bd1e995;
                    for (int k = start; k < i; k++) h = (h ^ s[k]) * 16777619;
                    output[count++] = (int)(Mix(h ^ 0xA5A5A5A5u) & (uint)mask);
                    if (bigrams)
                    {
                        output[count++] = (int)(Mix((prev * 0x9E3779B1u) ^ h ^ 0x3C6EF372u) & (uint)mask);
                        prev = h;
                    }
                }
                start = i + 1;
            }
        }
        if ((set & FeatureSet.Skeleton) != 0)
        {
            for (int i = 0; i < len; i++)
            {
                uint h = 0x27D4EB2Fu;
                char first = Skel(s, i);
                if (first == ' ') continue;
                h = (h ^ first) * 16777619;
                for (int n = 2; n <= 4 && i + n <= len; n++)
                {
                    h = (h ^ Skel(s, i + n - 1)) * 16777619;
                    output[count++] = (int)(Mix(h + (uint)n * 0x7F4A7C15u) & (uint)mask);
                }
            }
        }
        if ((set & FeatureSet.Jamo) != 0)
        {
            // decompose once into a buffer (boundary, jamo..., boundary), then every 3–5-gram (word starts included)
            int cap = 3 * s.Length + 2;
            char[]? rented = null;
            Span<char> jamo = cap <= 1536 ? stackalloc char[cap] : (rented = ArrayPool<char>.Shared.Rent(cap));
            int m = 0;
            jamo[m++] = ' ';
            foreach (char c in s)
            {
                if (Hangul.IsSyllable(c))
                {
                    int code = c - Hangul.SyllableFirst;
                    jamo[m++] = FoldTense(SkeletonInitials[code / (21 * 28)]);
                    jamo[m++] = (char)('\u314F' + code / 28 % 21);
                    int fin = code % 28;
                    if (fin != 0) jamo[m++] = (char)(0x3000 + fin); // finals get their own code points
                }
                else
                {
                    jamo[m++] = FoldTense(c);
                }
            }
            jamo[m++] = ' ';
            for (int i = 0; i < m - 2; i++)
            {
                uint h = (0x165667B1u ^ jamo[i]) * 16777619;
                h = (h ^ jamo[i + 1]) * 16777619;
                int end = Math.Min(m, i + 5);
                for (int k = i + 2; k < end; k++)
                {
                    h = (h ^ jamo[k]) * 16777619;
                    output[count++] = (int)(Mix(h + (uint)(k - i + 1) * 0x61C88647u) & (uint)mask);
                }
            }
            if (rented != null) ArrayPool<char>.Shared.Return(rented);
        }
        return count;
    }

    private static char FoldTense(char c) => c switch
    {
        'ㄲ' => 'ㄱ',
        'ㄸ' => 'ㄷ',
        'ㅃ' => 'ㅂ',
        'ㅆ' => 'ㅅ',
        'ㅉ' => 'ㅈ',
        _ => c,
    };

    private const string SkeletonInitials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

    // the initial consonant of a syllable, tense consonants folded to plain (ㅆ→ㅅ); anything else as is
    private static char Skel(ReadOnlySpan<char> s, int i)
    {
        char c = At(s, i);
        if (Hangul.IsSyllable(c))
        {
            c = SkeletonInitials[Hangul.Initial(c)];
        }
        return FoldTense(c);
    }

    private static char At(ReadOnlySpan<char> s, int i) => i == 0 || i > s.Length ? ' ' : s[i - 1];

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }

    /// <summary>Probabilities of every head for normalised text <paramref name="s"/>.</summary>
    public void Predict(ReadOnlySpan<char> s, Span<float> probabilities)
    {
        int max = MaxFeatures(s.Length, Set);
        int[]? rented = null;
        Span<int> idx = max <= 8192 ? stackalloc int[max] : (rented = ArrayPool<int>.Shared.Rent(max));
        int count = Features(s, idx, Mask, Set);
        Predict(idx[..count], probabilities);
        if (rented != null) ArrayPool<int>.Shared.Return(rented);
    }

    internal void Predict(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        float scale = Scale(features.Length);
        var w = _interleaved;
        float z0 = 0, z1 = 0, z2 = 0;
        foreach (int f in features)
        {
            int b = f * HeadCount;
            z0 += w[b];
            z1 += w[b + 1];
            z2 += w[b + 2];
        }
        probabilities[0] = Sigmoid(Bias[0] + z0 * _scales[0] * scale);
        probabilities[1] = Sigmoid(Bias[1] + z1 * _scales[1] * scale);
        probabilities[2] = Sigmoid(Bias[2] + z2 * _scales[2] * scale);
    }

    /// <summary>
    /// How much each word of normalised text <paramref name="s"/> pushes the abusive head (sum of the weights of the
    /// n-grams inside the word); writes one value per word and returns the word count.
    /// </summary>
    internal int WordContributions(ReadOnlySpan<char> s, Span<float> perWord, Span<int> wordStart, Span<int> wordEnd)
    {
        Span<int> idx = stackalloc int[MaxFeatures(64, FeatureSet.Char5 | FeatureSet.WordBigrams | FeatureSet.Skeleton | FeatureSet.Jamo)];
        int words = 0, start = 0;
        for (int i = 0; i <= s.Length && words < perWord.Length; i++)
        {
            if (i < s.Length && s[i] != ' ') continue;
            if (i > start)
            {
                var word = s[start..Math.Min(i, start + 64)];
                int n = Features(word, idx, Mask, Set);
                float z = 0;
                for (int k = 0; k < n; k++) z += _interleaved[idx[k] * HeadCount];
                perWord[words] = z * _scales[HeadAbusive];
                wordStart[words] = start;
                wordEnd[words] = i;
                words++;
            }
            start = i + 1;
        }
        return words;
    }

    // features are scaled by 1/sqrt(count) so that long and short texts score alike
    internal static float Scale(int count) => count == 0 ? 0f : 1f / MathF.Sqrt(count);

    internal static float Sigmoid(float z) => 1f / (1f + MathF.Exp(-z));

    /// <summary>Writes the model: a small header, then the interleaved int16 weights (loaded with one read).</summary>
    public void Save(Stream stream)
    {
        using var bw = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        bw.Write(Magic);
        bw.Write(Version);
        bw.Write(Bits);
        bw.Write(HeadCount);
        bw.Write(Threshold);
        bw.Write((int)Set);
        foreach (var b in Bias) bw.Write(b);
        foreach (var sc in _scales) bw.Write(sc);
        bw.Flush();
        stream.Write(MemoryMarshal.AsBytes(_interleaved.AsSpan()));
    }

    public static AbuseModel Load(Stream stream)
    {
        using var br = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (br.ReadUInt32() != Magic) throw new InvalidDataException("Not an abuse model file.");
        int version = br.ReadInt32();
        if (version is not (2 or 3 or Version)) throw new InvalidDataException("Unsupported abuse model version.");
        int bits = br.ReadInt32();
        int heads = br.ReadInt32();
        if (heads != HeadCount || bits < 10 || bits > 24) throw new InvalidDataException("Unexpected abuse model shape.");
        float threshold = br.ReadSingle();
        var set = version >= 3 ? (FeatureSet)br.ReadInt32() : FeatureSet.Basic;
        if ((set & ~(FeatureSet.WordBigrams | FeatureSet.Skeleton | FeatureSet.Char5 | FeatureSet.Jamo)) != 0) throw new InvalidDataException("Unknown abuse model features.");
        var bias = new float[heads];
        for (int h = 0; h < heads; h++) bias[h] = br.ReadSingle();
        short[] weights;
        float[] scales;
        if (version >= 4)
        {
            scales = new float[heads];
            for (int h = 0; h < heads; h++) scales[h] = br.ReadSingle();
            weights = GC.AllocateUninitializedArray<short>((1 << bits) * heads); // every element is read below
            stream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        }
        else
        {
            var floats = GC.AllocateUninitializedArray<float>((1 << bits) * heads);
            stream.ReadExactly(MemoryMarshal.AsBytes(floats.AsSpan()));
            weights = Quantize(floats, out scales);
        }
        return new AbuseModel(bits, weights, scales, bias, threshold) { Set = set };
    }
}
