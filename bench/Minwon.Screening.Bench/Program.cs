using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Minwon.Screening.Bench;
using Minwon.Screening.Duplicates;

// dotnet run -c Release --project bench/Minwon.Screening.Bench -- --filter '*'
// dotnet run -c Release --project bench/Minwon.Screening.Bench -- lookup-latency [count] [queries]
// dotnet run -c Release --project bench/Minwon.Screening.Bench -- recall [pairs]
if (args.Length > 0 && args[0] == "lookup-latency")
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var queries = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    LookupLatency(count, queries);
    return;
}

if (args.Length > 0 && args[0] == "recall")
{
    Recall(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000);
    return;
}

// A shared 2-core VM can take more than BenchmarkDotNet's default two minutes to build the benchmark copy.
BenchmarkSwitcher.FromAssembly(typeof(ComplaintCorpus).Assembly)
    .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));

static void LookupLatency(int count, int queries)
{
    var rng = new Random(3);
    var sample = Enumerable.Range(0, 400).Select(_ => ComplaintCorpus.Varied(rng)).ToArray();
    var overlaps = Enumerable.Range(0, 200).Select(i => MinHasher.ExactJaccard(sample[2 * i], sample[2 * i + 1])).Order().ToArray();
    Console.WriteLine($"unrelated generated texts: exact Jaccard median {overlaps[100]:F3}, max {overlaps[^1]:F3}");

    var (index, qs) = LookupFixture.Build(count, queries, Console.Out);
    Console.WriteLine($"index: {index.Count:N0} fingerprints, managed heap {GC.GetTotalMemory(true) / 1024 / 1024:N0} MiB");

    // Warm up, then time each query on its own.
    for (var i = 0; i < Math.Min(2_000, qs.Length); i++)
    {
        index.Query(qs[i], 0.6);
    }

    // Wall-clock time per query, and this thread's CPU time per query (on a shared VM the wall clock also counts the
    // time the thread was preempted, which dominates the tail).
    var ticks = new long[qs.Length];
    var cpu = new long[qs.Length];
    var hits = 0;
    for (var i = 0; i < qs.Length; i++)
    {
        var cpuStart = ThreadCpu.Nanoseconds();
        var start = Stopwatch.GetTimestamp();
        hits += index.Query(qs[i], 0.6).Count > 0 ? 1 : 0;
        ticks[i] = Stopwatch.GetTimestamp() - start;
        cpu[i] = ThreadCpu.Nanoseconds() - cpuStart;
    }

    Array.Sort(ticks);
    Array.Sort(cpu);
    double Us(double p) => ticks[(int)Math.Min(ticks.Length - 1, p * ticks.Length)] * 1e6 / Stopwatch.Frequency;
    double CpuUs(double p) => cpu[(int)Math.Min(cpu.Length - 1, p * cpu.Length)] / 1e3;
    Console.WriteLine($"queries: {qs.Length:N0} (half resubmissions), with a match: {hits:N0}");
    Console.WriteLine($"thread CPU µs: p50 {CpuUs(0.50):F1}  p90 {CpuUs(0.90):F1}  p99 {CpuUs(0.99):F1}  p99.9 {CpuUs(0.999):F1}  max {cpu[^1] / 1e3:F1} (includes ~1 µs for reading the clock)");
    Console.WriteLine($"wall µs: p50 {Us(0.50):F1}  p90 {Us(0.90):F1}  p99 {Us(0.99):F1}  p99.9 {Us(0.999):F1}  max {ticks[^1] * 1e6 / Stopwatch.Frequency:F1}");
}

static void Recall(int pairsWanted)
{
    // Stored texts, then edited resubmissions (words deleted, inserted, replaced; spacing changed) whose exact shingle
    // Jaccard with the original is at least 0.7; how many does a query find?
    var rng = new Random(11);
    var index = new NearDuplicateIndex();
    var originals = new string[20_000];
    for (var i = 0; i < originals.Length; i++)
    {
        originals[i] = ComplaintCorpus.Varied(rng);
        index.Add(i, MinHasher.Compute(originals[i]));
    }

    var bins = new (int Pairs, int At06, int At07)[3]; // [0.7, 0.8), [0.8, 0.9), [0.9, 1]
    var total = 0;
    while (total < pairsWanted)
    {
        var id = rng.Next(originals.Length);
        var words = originals[id].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var edits = rng.Next(1, 20);
        for (var e = 0; e < edits && words.Count > 3; e++)
        {
            var w = rng.Next(words.Count);
            switch (rng.Next(3))
            {
                case 0: words.RemoveAt(w); break;
                case 1: words.Insert(w, ComplaintCorpus.Varied(rng, 1).Trim()); break;
                default: words[w] = ComplaintCorpus.Varied(rng, 1).Trim(); break;
            }
        }

        var edited = string.Join(rng.Next(2) == 0 ? " " : "  ", words);
        var exact = MinHasher.ExactJaccard(originals[id], edited);
        if (exact < 0.7)
        {
            continue;
        }

        var bin = exact < 0.8 ? 0 : exact < 0.9 ? 1 : 2;
        var fp = MinHasher.Compute(edited);
        bins[bin].Pairs++;
        bins[bin].At06 += index.Query(fp, 0.6).Any(m => m.Id == id) ? 1 : 0;
        bins[bin].At07 += index.Query(fp, 0.7).Any(m => m.Id == id) ? 1 : 0;
        total++;
    }

    string[] names = ["[0.7, 0.8)", "[0.8, 0.9)", "[0.9, 1.0]"];
    for (var b = 0; b < bins.Length; b++)
    {
        Console.WriteLine($"Jaccard {names[b]}: {bins[b].Pairs,5} pairs, recall at query threshold 0.6 {bins[b].At06 / (double)Math.Max(1, bins[b].Pairs):F3}, at 0.7 {bins[b].At07 / (double)Math.Max(1, bins[b].Pairs):F3}");
    }

    Console.WriteLine($"all ≥ 0.7: {total} pairs, recall at 0.6 {bins.Sum(b => b.At06) / (double)total:F3}, at 0.7 {bins.Sum(b => b.At07) / (double)total:F3}");
}

internal static partial class ThreadCpu
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanos;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGettime(int clock, out Timespec ts);

    /// <summary>CLOCK_THREAD_CPUTIME_ID on Linux; falls back to the wall clock elsewhere.</summary>
    public static long Nanoseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGettime(3, out var ts) == 0)
        {
            return ts.Seconds * 1_000_000_000 + ts.Nanos;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }
}
