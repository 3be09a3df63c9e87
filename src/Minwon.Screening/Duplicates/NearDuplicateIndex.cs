using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Minwon.Screening.Duplicates;

/// <summary>An earlier text found by <see cref="NearDuplicateIndex.Query"/>, with its estimated Jaccard similarity.</summary>
public readonly record struct NearDuplicateMatch(long Id, double Similarity);

/// <summary>
/// In-memory LSH index over <see cref="MinHashFingerprint"/>s for finding repeated complaints (민원처리법 제23조).
/// </summary>
/// <remarks>
/// <para>Banding: <see cref="Bands"/> = 25 bands of <see cref="RowsPerBand"/> = 5 rows (125 of the 128 minima). Two texts
/// of Jaccard similarity s share at least one band with probability P(s) = 1 − (1 − s⁵)²⁵: P(0.1) = 0.00025,
/// P(0.3) = 0.059, P(0.5) = 0.55, P(0.6) = 0.87, P(0.65) = 0.95, P(0.7) = 0.990, P(0.8) = 0.9999. The S-curve's midpoint
/// is near (1/25)^(1/5) ≈ 0.53. 32 bands × 4 rows (P(0.7) = 0.9998) was measured too: it makes ~15× more candidates from
/// unrelated texts of the same topic (s ≈ 0.05–0.1, P(0.1) = 0.0032), which dominated the tail latency at 1,000,000
/// entries. Candidates are then scored on all 128 minima.</para>
/// <para>Memory: each entry keeps the low 16 bits of its 128 minima (256 bytes; two different minima agree on them with
/// probability 2⁻¹⁶, a negligible bias), its id and one chain link per band, plus one bucket head per band per entry:
/// about 460 bytes an entry (458 MiB measured at 1,000,000). Bucket tables grow with the index; bucket collisions only
/// cost a skipped chain step.</para>
/// <para>Thread-safety: any number of concurrent queries, and adds, guarded by a reader-writer lock.</para>
/// </remarks>
public sealed class NearDuplicateIndex
{
    public const int Bands = 25;
    public const int RowsPerBand = 5;
    private const int H = MinHashFingerprint.HashCount;

    private readonly ReaderWriterLockSlim _lock = new();
    private ushort[] _sigs;
    private long[] _ids;
    private int[][] _next; // per band: the previous entry in the same bucket, or -1
    private int[][] _heads; // per band: the latest entry in each bucket, or -1
    private int _mask;
    private int _count;

    public NearDuplicateIndex(int expectedCount = 1024)
    {
        var capacity = Math.Max(16, expectedCount);
        _sigs = new ushort[capacity * H];
        _ids = new long[capacity];
        _next = new int[Bands][];
        for (var b = 0; b < Bands; b++)
        {
            _next[b] = new int[capacity];
        }

        _heads = NewHeads(BucketCountFor(capacity), out _mask);
    }

    public int Count => _count;

    public void Add(long id, MinHashFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (fingerprint.IsEmpty)
        {
            return; // nothing to compare: it could only ever match other empty texts
        }

        _lock.EnterWriteLock();
        try
        {
            if (_count == _ids.Length)
            {
                Grow();
            }

            var e = _count;
            var sig = _sigs.AsSpan(e * H, H);
            var values = fingerprint.Values;
            for (var i = 0; i < H; i++)
            {
                sig[i] = (ushort)values[i];
            }

            _ids[e] = id;
            Link(e);
            _count++;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Earlier entries whose estimated similarity is at least <paramref name="threshold"/>, best first, at most
    /// <paramref name="maxResults"/>. The estimate has a standard error of about 0.04 near 0.7; to find (nearly) every
    /// text whose true similarity is ≥ t, query with t − 0.1.
    /// </summary>
    public IReadOnlyList<NearDuplicateMatch> Query(MinHashFingerprint fingerprint, double threshold, int maxResults = 20)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (fingerprint.IsEmpty || maxResults <= 0)
        {
            return [];
        }

        Span<ushort> q = stackalloc ushort[H];
        var values = fingerprint.Values;
        for (var i = 0; i < H; i++)
        {
            q[i] = (ushort)values[i];
        }

        var minSame = (int)Math.Ceiling(threshold * H - 1e-9);
        List<NearDuplicateMatch>? results = null;
        Span<int> seen = stackalloc int[64];
        var seenCount = 0;
        HashSet<int>? overflow = null;

        _lock.EnterReadLock();
        try
        {
            for (var b = 0; b < Bands; b++)
            {
                var (key, last) = BandKey(q, b);
                var next = _next[b];
                for (var e = _heads[b][Bucket(key, last, b)]; e >= 0; e = next[e])
                {
                    var (k, l) = BandKey(_sigs.AsSpan(e * H, H), b);
                    if (k != key || l != last || Seen(seen, ref seenCount, ref overflow, e))
                    {
                        continue;
                    }

                    var same = CountEqual(q, _sigs.AsSpan(e * H, H));
                    if (same >= minSame)
                    {
                        (results ??= []).Add(new NearDuplicateMatch(_ids[e], same / (double)H));
                    }
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        if (results is null)
        {
            return [];
        }

        results.Sort(static (x, y) => y.Similarity.CompareTo(x.Similarity) is var c && c != 0 ? c : x.Id.CompareTo(y.Id));
        if (results.Count > maxResults)
        {
            results.RemoveRange(maxResults, results.Count - maxResults);
        }

        return results;
    }

    /// <summary>Remembers scored entries so a text sharing several bands is scored once (few candidates: a linear scan).</summary>
    private static bool Seen(Span<int> seen, ref int count, ref HashSet<int>? overflow, int e)
    {
        if (seen[..count].Contains(e))
        {
            return true;
        }

        if (count < seen.Length)
        {
            seen[count++] = e;
            return false;
        }

        return !(overflow ??= []).Add(e);
    }

    private static int CountEqual(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        var same = 0;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i <= H - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var eq = Vector128.Equals(Vector128.Create(a.Slice(i, Vector128<ushort>.Count)), Vector128.Create(b.Slice(i, Vector128<ushort>.Count)));
                same += BitOperations.PopCount(eq.ExtractMostSignificantBits());
            }
        }

        for (; i < H; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return same;
    }

    /// <summary>The band's rows: four as one ulong, the fifth apart.</summary>
    private static (ulong Key, ushort Last) BandKey(ReadOnlySpan<ushort> sig, int band)
    {
        var rows = sig.Slice(band * RowsPerBand, RowsPerBand);
        return (MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(rows[..4])), rows[4]);
    }

    private int Bucket(ulong key, ushort last, int band)
    {
        var z = key ^ ((ulong)last << 7) ^ ((ulong)band * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 31)) * 0xBF58476D1CE4E5B9UL;
        z ^= z >> 29;
        return (int)(z >> 32) & _mask;
    }

    private void Link(int e)
    {
        var sig = _sigs.AsSpan(e * H, H);
        for (var b = 0; b < Bands; b++)
        {
            var (key, last) = BandKey(sig, b);
            ref var head = ref _heads[b][Bucket(key, last, b)];
            _next[b][e] = head;
            head = e;
        }
    }

    private void Grow()
    {
        var capacity = _ids.Length * 2;
        Array.Resize(ref _sigs, capacity * H);
        Array.Resize(ref _ids, capacity);
        for (var b = 0; b < Bands; b++)
        {
            Array.Resize(ref _next[b], capacity);
        }

        var buckets = BucketCountFor(capacity);
        if (buckets > _mask + 1)
        {
            _heads = NewHeads(buckets, out _mask);
            for (var e = 0; e < _count; e++)
            {
                Link(e);
            }
        }
    }

    private static int BucketCountFor(int capacity) => (int)Math.Min(1 << 22, BitOperations.RoundUpToPowerOf2((uint)capacity));

    private static int[][] NewHeads(int buckets, out int mask)
    {
        mask = buckets - 1;
        var heads = new int[Bands][];
        for (var b = 0; b < Bands; b++)
        {
            heads[b] = new int[buckets];
            heads[b].AsSpan().Fill(-1);
        }

        return heads;
    }
}
