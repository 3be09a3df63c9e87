using Minwon.Screening.Normalization;

namespace Minwon.Screening.Abuse;

/// <summary>One training example: text and a label per head (1, 0, or -1 when the data set says nothing).</summary>
public sealed record LabeledText(string Text, int Abusive, int Hate, int Profanity, string Source);

/// <summary>Trains <see cref="AbuseModel"/> with Adagrad logistic regression; deterministic for a given seed.</summary>
public static class AbuseModelTrainer
{
    public sealed record Options(int Bits = 18, int Epochs = 6, float LearningRate = 0.2f, float L2 = 1e-4f, int Seed = 20261123, bool SourceFeature = false);

    public static AbuseModel Train(IReadOnlyList<LabeledText> data, Options options)
    {
        int size = 1 << options.Bits;
        int mask = size - 1;
        // featurise once
        var feats = new int[data.Count][];
        for (int i = 0; i < data.Count; i++)
        {
            var norm = KoreanNormalizer.Normalize(data[i].Text);
            var buf = new int[AbuseModel.MaxFeatures(norm.Length) + 1];
            int n = AbuseModel.Features(norm, buf, mask);
            if (options.SourceFeature)
            {
                // a per-data-set feature absorbs the sets' different label definitions (BEEP! "offensive" is broad);
                // it is never present at inference
                uint h = 2166136261;
                foreach (char c in data[i].Source) h = (h ^ c) * 16777619;
                buf[n++] = (int)(h & (uint)mask);
            }
            feats[i] = buf[..n];
        }
        var weights = new float[AbuseModel.HeadCount][];
        var grad2 = new float[AbuseModel.HeadCount][];
        var bias = new float[AbuseModel.HeadCount];
        var biasG = new float[AbuseModel.HeadCount];
        for (int h = 0; h < AbuseModel.HeadCount; h++)
        {
            weights[h] = new float[size];
            grad2[h] = new float[size];
        }
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(options.Seed);
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int i in order)
            {
                var f = feats[i];
                if (f.Length == 0) continue;
                float scale = AbuseModel.Scale(f.Length);
                for (int h = 0; h < AbuseModel.HeadCount; h++)
                {
                    int y = h switch { 0 => data[i].Abusive, 1 => data[i].Hate, _ => data[i].Profanity };
                    if (y < 0) continue;
                    var w = weights[h];
                    var g2 = grad2[h];
                    float z = bias[h];
                    foreach (int k in f) z += w[k] * scale;
                    float g = AbuseModel.Sigmoid(z) - y;
                    biasG[h] += g * g;
                    bias[h] -= options.LearningRate * g / MathF.Sqrt(biasG[h] + 1e-8f);
                    foreach (int k in f)
                    {
                        float gk = g * scale + options.L2 * w[k];
                        g2[k] += gk * gk;
                        w[k] -= options.LearningRate * gk / MathF.Sqrt(g2[k] + 1e-8f);
                    }
                }
            }
        }
        return new AbuseModel(options.Bits, weights, bias, 0.5f);
    }
}
