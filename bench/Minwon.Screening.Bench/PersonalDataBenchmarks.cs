using BenchmarkDotNet.Attributes;
using Minwon.Screening.PersonalData;

namespace Minwon.Screening.Bench;

/// <summary>Personal-data scan of ~300-character complaints; each operation is one text (a batch of 1,000 per invoke).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PersonalDataBenchmarks
{
    private const int Batch = 1_000;
    private readonly PersonalDataDetector _detector = PersonalDataDetector.Default;
    private string[] _clean = [];
    private string[] _mixed = [];
    private readonly List<PersonalDataMatch> _reused = new(16);

    [GlobalSetup]
    public void Setup()
    {
        _clean = ComplaintCorpus.Create(Batch, withPersonalData: 0);
        _mixed = ComplaintCorpus.Create(Batch, withPersonalData: 0.3, seed: 7);
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Find, clean texts")]
    public int FindClean()
    {
        var n = 0;
        foreach (var t in _clean)
        {
            n += _detector.Find(t).Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Find, 30% with personal data")]
    public int FindMixed()
    {
        var n = 0;
        foreach (var t in _mixed)
        {
            n += _detector.Find(t).Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Find into a reused list, 30% with personal data")]
    public int FindMixedReused()
    {
        var n = 0;
        foreach (var t in _mixed)
        {
            _reused.Clear();
            n += _detector.Find(t, _reused);
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Mask, 30% with personal data")]
    public int MaskMixed()
    {
        var n = 0;
        foreach (var t in _mixed)
        {
            n += _detector.Mask(t).Length;
        }

        return n;
    }
}
