using System.Buffers;
using System.Runtime.InteropServices;

namespace Minwon.Screening.Abuse;

/// <summary>
/// Logistic regression over hashed character 1–4-grams and word unigrams of normalised text, with several heads
/// sharing the features (0 abusive, 1 hate/identity, 2 profanity). Weights are stored interleaved as float32.
/// </summary>
public sealed class AbuseModel
{
    public const int HeadAbusive = 0;
    public const int HeadHate = 1;
    public const int HeadProfanity = 2;
    public const int HeadCount = 3;

    private const uint Magic = 0x4241574D; // "MWAB"
    private const int Version = 2;

    public AbuseModel(int bits, float[][] weights, float[] bias, float threshold)
        : this(bits, Interleave(weights), bias, threshold)
    {
    }

    private AbuseModel(int bits, float[] interleaved, float[] bias, float threshold)
    {
        Bits = bits;
        Mask = (1 << bits) - 1;
        _interleaved = interleaved;
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

    public int Bits { get; }
    internal int Mask { get; }

    public float[] Bias { get; }

    /// <summary>Decision threshold on the abusive head (tuned on BEEP! dev and tuning slices).</summary>
    public float Threshold { get; set; }

    private readonly float[] _interleaved;

    /// <summary>Maximum number of features <see cref="Features"/> writes for a normalised text of length n.</summary>
    public static int MaxFeatures(int n) => 4 * (n + 2) + n / 2 + 2;

    /// <summary>Writes the hashed feature indices of normalised text <paramref name="s"/>; returns their count.</summary>
    public static int Features(ReadOnlySpan<char> s, Span<int> output, int mask)
    {
        int count = 0;
        int len = s.Length + 2; // virtual spaces at both ends
        for (int i = 0; i < len; i++)
        {
            uint h = 2166136261;
            for (int n = 1; n <= 4 && i + n <= len; n++)
            {
                char c = At(s, i + n - 1);
                h = (h ^ c) * 16777619;
                if (n == 1 && c == ' ') break; // n-grams never start with the boundary
                output[count++] = (int)(Mix(h + (uint)n * 0x9E3779B9) & (uint)mask);
            }
        }
        // word unigrams
        int start = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || s[i] == ' ')
            {
                if (i > start)
                {
                    uint h = 0x811C9DC5 ^ 0x5bd1e995;
                    for (int k = start; k < i; k++) h = (h ^ s[k]) * 16777619;
                    output[count++] = (int)(Mix(h ^ 0xA5A5A5A5u) & (uint)mask);
                }
                start = i + 1;
            }
        }
        return count;
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
        int max = MaxFeatures(s.Length);
        int[]? rented = null;
        Span<int> idx = max <= 4096 ? stackalloc int[max] : (rented = ArrayPool<int>.Shared.Rent(max));
        int count = Features(s, idx, Mask);
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
        probabilities[0] = Sigmoid(Bias[0] + z0 * scale);
        probabilities[1] = Sigmoid(Bias[1] + z1 * scale);
        probabilities[2] = Sigmoid(Bias[2] + z2 * scale);
    }

    /// <summary>
    /// How much each word of normalised text <paramref name="s"/> pushes the abusive head (sum of the weights of the
    /// n-grams inside the word); writes one value per word and returns the word count.
    /// </summary>
    internal int WordContributions(ReadOnlySpan<char> s, Span<float> perWord, Span<int> wordStart, Span<int> wordEnd)
    {
        Span<int> idx = stackalloc int[MaxFeatures(64)];
        int words = 0, start = 0;
        for (int i = 0; i <= s.Length && words < perWord.Length; i++)
        {
            if (i < s.Length && s[i] != ' ') continue;
            if (i > start)
            {
                var word = s[start..Math.Min(i, start + 64)];
                int n = Features(word, idx, Mask);
                float z = 0;
                for (int k = 0; k < n; k++) z += _interleaved[idx[k] * HeadCount];
                perWord[words] = z;
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

    /// <summary>Writes the model: a small header, then the interleaved float32 weights (loaded with one read).</summary>
    public void Save(Stream stream)
    {
        using var bw = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        bw.Write(Magic);
        bw.Write(Version);
        bw.Write(Bits);
        bw.Write(HeadCount);
        bw.Write(Threshold);
        foreach (var b in Bias) bw.Write(b);
        bw.Flush();
        stream.Write(MemoryMarshal.AsBytes(_interleaved.AsSpan()));
    }

    public static AbuseModel Load(Stream stream)
    {
        using var br = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (br.ReadUInt32() != Magic) throw new InvalidDataException("Not an abuse model file.");
        if (br.ReadInt32() != Version) throw new InvalidDataException("Unsupported abuse model version.");
        int bits = br.ReadInt32();
        int heads = br.ReadInt32();
        if (heads != HeadCount || bits < 10 || bits > 24) throw new InvalidDataException("Unexpected abuse model shape.");
        float threshold = br.ReadSingle();
        var bias = new float[heads];
        for (int h = 0; h < heads; h++) bias[h] = br.ReadSingle();
        var interleaved = new float[(1 << bits) * heads];
        stream.ReadExactly(MemoryMarshal.AsBytes(interleaved.AsSpan()));
        return new AbuseModel(bits, interleaved, bias, threshold);
    }
}
