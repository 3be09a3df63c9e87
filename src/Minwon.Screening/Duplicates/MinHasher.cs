using System.Buffers;

namespace Minwon.Screening.Duplicates;

/// <summary>
/// Computes <see cref="MinHashFingerprint"/>s. Normalisation: letters and digits only (whitespace, punctuation and
/// symbols removed), lower-cased; shingles are overlapping character 3-grams of that (a shorter text is one shingle).
/// Hash i of a shingle is the multiply-add-shift function (a_i·x + b_i) » 32 over a 32-bit mix of the shingle, with
/// fixed seeds, so fingerprints are stable across processes and versions of .NET and can be stored.
/// </summary>
public static class MinHasher
{
    public const int ShingleLength = 3;

    private static readonly ulong[] A = new ulong[MinHashFingerprint.HashCount];
    private static readonly ulong[] B = new ulong[MinHashFingerprint.HashCount];

    static MinHasher()
    {
        // Fixed seeds: changing them invalidates every stored fingerprint.
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < MinHashFingerprint.HashCount; i++)
        {
            A[i] = SplitMix64(ref state) | 1UL;
            B[i] = SplitMix64(ref state);
        }
    }

    public static MinHashFingerprint Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Compute(text.AsSpan());
    }

    public static MinHashFingerprint Compute(ReadOnlySpan<char> text)
    {
        var values = new uint[MinHashFingerprint.HashCount];
        values.AsSpan().Fill(uint.MaxValue);

        char[]? rented = null;
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var norm = buffer[..Normalize(text, buffer)];

        if (norm.Length > 0)
        {
            var shingles = Math.Max(1, norm.Length - ShingleLength + 1);
            var a = A.AsSpan();
            var b = B.AsSpan();
            var v = values.AsSpan();
            for (var s = 0; s < shingles; s++)
            {
                ulong x = ShingleHash(norm, s);
                for (var i = 0; i < v.Length; i++)
                {
                    var h = (uint)((a[i] * x + b[i]) >> 32);
                    if (h < v[i])
                    {
                        v[i] = h;
                    }
                }
            }

            // uint.MaxValue marks "no shingle"; a real minimum equal to it is vanishingly rare and harmless.
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return new MinHashFingerprint(values);
    }

    /// <summary>Exact Jaccard similarity of the two texts' shingle sets, with the same normalisation (for tests and tuning).</summary>
    public static double ExactJaccard(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var sa = Shingles(a);
        var sb = Shingles(b);
        if (sa.Count == 0 && sb.Count == 0)
        {
            return 1;
        }

        var inter = 0;
        foreach (var s in sa)
        {
            inter += sb.Contains(s) ? 1 : 0;
        }

        return inter / (double)(sa.Count + sb.Count - inter);
    }

    /// <summary>The normalised text: letters and digits only, lower-cased.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[text.Length];
        return new string(buffer, 0, Normalize(text, buffer));
    }

    private static HashSet<ulong> Shingles(string text)
    {
        var norm = Normalize(text);
        var set = new HashSet<ulong>();
        if (norm.Length > 0)
        {
            var n = Math.Max(1, norm.Length - ShingleLength + 1);
            for (var s = 0; s < n; s++)
            {
                set.Add(ShingleKey(norm, s));
            }
        }

        return set;
    }

    private static int Normalize(ReadOnlySpan<char> text, Span<char> into)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                into[n++] = char.ToLowerInvariant(c);
            }
        }

        return n;
    }

    private static ulong ShingleKey(ReadOnlySpan<char> norm, int s)
    {
        ulong key = 0;
        var end = Math.Min(norm.Length, s + ShingleLength);
        for (var j = s; j < end; j++)
        {
            key = (key << 16) | norm[j];
        }

        return key | ((ulong)(end - s) << 48);
    }

    private static uint ShingleHash(ReadOnlySpan<char> norm, int s)
    {
        var z = ShingleKey(norm, s) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (uint)(z ^ (z >> 31));
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
