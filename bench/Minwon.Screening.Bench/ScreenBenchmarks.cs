using BenchmarkDotNet.Attributes;

namespace Minwon.Screening.Bench;

/// <summary>
/// Abuse/threat analysis and the whole screen (abuse + personal data) of ~300-character complaints; each operation is
/// one text (a batch of 1,000 per invoke). 10% of the texts carry an abusive or threatening sentence.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ScreenBenchmarks
{
    private const int Batch = 1_000;
    private static readonly string[] Abusive =
    [
        "씨발 진짜 일 안 하네.", "ㅅㅂ 담당자 누구냐.", "개새끼들 세금도둑.", "퇴근길 조심해라.", "tlqkf 장난하냐.", "가만두지 않겠다.",
    ];

    private readonly AbuseDetector _abuse = AbuseDetector.Default;
    private readonly TextScreener _screener = TextScreener.Default;
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = ComplaintCorpus.Create(Batch, withPersonalData: 0.3, seed: 11);
        var rng = new Random(13);
        for (var i = 0; i < _texts.Length; i += 10)
        {
            var t = _texts[i];
            var at = t.IndexOf(". ", rng.Next(t.Length / 2), StringComparison.Ordinal) + 2;
            _texts[i] = t[..Math.Max(at, 2)] + Abusive[rng.Next(Abusive.Length)] + " " + t[Math.Max(at, 2)..];
        }
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "AbuseDetector.Analyze, 300 chars")]
    public int Analyze()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += _abuse.Analyze(t).IsAbusive ? 1 : 0;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "TextScreener.Screen (abuse + personal data), 300 chars")]
    public int Screen()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            var r = _screener.Screen(t);
            n += r.IsAbusive ? 1 : 0;
            n += r.PersonalData.Count;
        }

        return n;
    }
}
