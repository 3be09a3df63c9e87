using System.Diagnostics;
using BenchmarkDotNet.Running;
using Minwon.Screening.Bench;
using Minwon.Screening.Duplicates;

// dotnet run -c Release --project bench/Minwon.Screening.Bench -- --filter '*'
// dotnet run -c Release --project bench/Minwon.Screening.Bench -- lookup-latency [count] [queries]
if (args.Length > 0 && args[0] == "lookup-latency")
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var queries = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    LookupLatency(count, queries);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ComplaintCorpus).Assembly).Run(args);

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
