using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Minwon.Screening.Duplicates;

/// <summary>
/// Computes <see cref="MinHashFingerprint"/>s. Normalisation: letters and digits only (whitespace, punctuation and
/// symbols removed), lower-cased; shingles are overlapping character 3-grams of that (a shorter text is one shingle).
/// Hash i of a shingle is murmur3's 32-bit finaliser applied to a_i·x + b_i (mod 2³²), x being a 64-bit mix of the
/// shingle folded to 32 bits; eight hashes are computed per SIMD step. The seeds are fixed, so fingerprints are stable
/// across processes and versions of .NET and can be stored.
/// </summary>
public static class MinHasher
{
    public const int ShingleLength = 3;

    private static readonly uint[] A = new uint[MinHashFingerprint.HashCount];
    private static readonly uint[] B = new uint[MinHashFingerprint.HashCount];

    static MinHasher()
    {
        // Fixed seeds: changing them invalidates every stored fingerprint.
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < MinHashFingerprint.HashCount; i++)
        {
            A[i] = (uint)SplitMix64(ref state) | 1u;
            B[i] = (uint)SplitMix64(ref state);
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
            var mins = MemoryMarshal.Cast<uint, Vector<uint>>(values.AsSpan());
            var a = MemoryMarshal.Cast<uint, Vector<uint>>(A.AsSpan());
            var b = MemoryMarshal.Cast<uint, Vector<uint>>(B.AsSpan());
            var m1 = new Vector<uint>(0x85EBCA6Bu);
            var m2 = new Vector<uint>(0xC2B2AE35u);
            for (var s = 0; s < shingles; s++)
            {
                var x = new Vector<uint>(ShingleHash(norm, s));
                for (var j = 0; j < mins.Length; j++)
                {
                    // Hash j: an affine map of the shingle's hash, then murmur3's finaliser (a bijection) — 8 hashes a step.
                    var h = x * a[j] + b[j];
                    h ^= Vector.ShiftRightLogical(h, 16);
                    h *= m1;
                    h ^= Vector.ShiftRightLogical(h, 13);
                    h *= m2;
                    h ^= Vector.ShiftRightLogical(h, 16);
                    mins[j] = Vector.Min(mins[j], h);
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
