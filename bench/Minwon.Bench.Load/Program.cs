using System.Globalization;
using System.Net;
using Minwon.Bench.Load;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("""
        Minwon.Bench.Load — bounded load and data for BENCHMARKS.md (127.0.0.1 only)

          create     --url http://127.0.0.1:5080 [--clients 1,4,16] [--seconds 10] [--warmup 2] [--categories 1-13] [--no-idempotency]
          seed-queue --provider sqlite|postgres --connection "<connection string>" [--count 1000000] [--batch 10000]
          queue      --url http://127.0.0.1:5080 [--email supervisor@minwon.local] [--password Minwon-demo-2026]
                     [--department 2] [--repeat 50] [--deep-pages 500]
        """);
    return 1;
}

var options = Options.Parse(args.AsSpan(1));
try
{
    return args[0] switch
    {
        "create" => await CreateLoad.RunAsync(options),
        "seed-queue" => await SeedQueue.RunAsync(options),
        "queue" => await QueueBench.RunAsync(options),
        _ => throw new ArgumentException($"Unknown command '{args[0]}'. Use create, seed-queue or queue."),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

namespace Minwon.Bench.Load
{
    sealed class Options(Dictionary<string, string> values)
    {
        public static Options Parse(ReadOnlySpan<string> args)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'.");
                var name = args[i][2..];
                var flag = i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal);
                values[name] = flag ? "true" : args[++i];
            }
            return new Options(values);
        }

        public string Get(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;
        public string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required.");
        public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        public bool Flag(string name) => values.ContainsKey(name);

        /// <summary>The target must be this machine: the tool never sends load anywhere else.</summary>
        public Uri LoopbackUrl()
        {
            var url = new Uri(Get("url", "http://127.0.0.1:5080"));
            var loopback = url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
            if (!loopback) throw new ArgumentException($"Refusing {url}: this tool only loads 127.0.0.1 / localhost.");
            return url;
        }
    }

    static class Stats
    {
        public static double Percentile(List<double> sorted, double p)
        {
            if (sorted.Count == 0) return double.NaN;
            var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
        }

        public static string Summary(List<double> values)
        {
            values.Sort();
            return $"p50 {Percentile(values, 50),8:0.00} ms  p95 {Percentile(values, 95),8:0.00} ms  p99 {Percentile(values, 99),8:0.00} ms";
        }
    }
}
