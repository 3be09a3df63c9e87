using System.Diagnostics;
using Minwon.Screening.Duplicates;

namespace Minwon.Screening.Bench;

/// <summary>Builds an index of generated complaints and queries: half edited resubmissions of stored texts, half new texts.</summary>
public static class LookupFixture
{
    public static (NearDuplicateIndex Index, MinHashFingerprint[] Queries) Build(int count, int queries, TextWriter? log = null)
    {
        var sw = Stopwatch.StartNew();
        var fps = new MinHashFingerprint[count];
        Parallel.For(0, Environment.ProcessorCount, worker =>
        {
            var rng = new Random(1000 + worker);
            for (var i = worker; i < count; i += Environment.ProcessorCount)
            {
                fps[i] = MinHasher.Compute(ComplaintCorpus.Varied(rng));
            }
        });
        log?.WriteLine($"fingerprinted {count:N0} texts in {sw.Elapsed.TotalSeconds:F1} s");

        sw.Restart();
        var index = new NearDuplicateIndex(count);
        for (var i = 0; i < count; i++)
        {
            index.Add(i, fps[i]);
        }

        log?.WriteLine($"indexed in {sw.Elapsed.TotalSeconds:F1} s");

        var qrng = new Random(99);
        var result = new MinHashFingerprint[queries];
        for (var q = 0; q < queries; q++)
        {
            // Resubmissions: a stored fingerprint with a quarter of its minima changed (≈ Jaccard 0.75).
            if (q % 2 == 0)
            {
                var values = fps[qrng.Next(count)].Values.ToArray();
                for (var k = 0; k < values.Length; k++)
                {
                    if (qrng.Next(4) == 0)
                    {
                        values[k] = (uint)qrng.Next();
                    }
                }

                result[q] = FromValues(values);
            }
            else
            {
                result[q] = MinHasher.Compute(ComplaintCorpus.Varied(qrng));
            }
        }

        return (index, result);
    }

    private static MinHashFingerprint FromValues(uint[] values)
    {
        var bytes = new byte[MinHashFingerprint.ByteLength];
        bytes[0] = 1;
        bytes[1] = MinHashFingerprint.HashCount;
        for (var i = 0; i < values.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(2 + i * 4), values[i]);
        }

        return MinHashFingerprint.FromBytes(bytes);
    }
}
