using BenchmarkDotNet.Attributes;
using Minwon.Screening.Duplicates;

namespace Minwon.Screening.Bench;

/// <summary>MinHash fingerprint of a ~300-character complaint.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class FingerprintBenchmarks
{
    private const int Batch = 100;
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup() => _texts = ComplaintCorpus.Create(Batch, withPersonalData: 0.3);

    [Benchmark(OperationsPerInvoke = Batch, Description = "MinHash 128, 300 chars")]
    public uint Compute()
    {
        uint x = 0;
        foreach (var t in _texts)
        {
            x ^= MinHasher.Compute(t).Values[0];
        }

        return x;
    }
}

/// <summary>
/// One query against an index of <see cref="Count"/> stored fingerprints (mean per query; for p50/p99 run
/// <c>-- lookup-latency</c>). The index is built once in GlobalSetup (about 20 s for 1,000,000 on 2 cores).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LookupBenchmarks
{
    private const int Batch = 1_000;
    private NearDuplicateIndex _index = null!;
    private MinHashFingerprint[] _queries = [];

    [Params(1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => (_index, _queries) = LookupFixture.Build(Count, Batch);

    [Benchmark(OperationsPerInvoke = Batch, Description = "Query at 0.6")]
    public int Query()
    {
        var n = 0;
        foreach (var q in _queries)
        {
            n += _index.Query(q, 0.6).Count;
        }

        return n;
    }
}
