using Minwon.Screening.Normalization;

namespace Minwon.Screening.Abuse;

/// <summary>One training example: text and a label per head (1, 0, or -1 when the data set says nothing).</summary>
/// <param name="Mild">Abusive only in a broad sense (BEEP! "offensive": rudeness, sarcasm), not hate and not profanity.</param>
public sealed record LabeledText(string Text, int Abusive, int Hate, int Profanity, string Source, bool Mild = false);

/// <summary>Trains <see cref="AbuseModel"/> with Adagrad logistic regression; deterministic for a given seed.</summary>
public static class AbuseModelTrainer
{
    /// <param name="SourceBias">
    /// Learn one bias per data set instead of a shared one: the sets label "abusive" at different base rates and with
    /// different breadth (BEEP! "offensive" is broad), and a per-set bias absorbs that instead of the n-gram weights.
    /// At inference the mean of the per-set biases is used (the threshold is tuned afterwards).
    /// </param>
    /// <param name="Bags">Models trained on different shuffles and bootstrap samples whose weights are averaged.</param>
    /// <param name="NaiveBayes">
    /// Smoothing of the naive-Bayes log-count ratios that scale the features during training (NBSVM); 0 for plain
    /// logistic regression. The defaults are the shipped model's options (docs/screening-model.md).
    /// </param>
    /// <param name="DomainAdapt">Per-source copies of every weight, used in training only (tried; did not help).</param>
    /// <param name="SourceWeights">Per-source example weights, e.g. "beep:0.5".</param>
    /// <param name="MildWeight">
    /// Weight of the rows labelled abusive only in a broad sense (BEEP! "offensive": rudeness, sarcasm). 0, the
    /// default, leaves them out of training and of the threshold: the product masks abuse, not a sharp tone.
    /// </param>
    /// <param name="AverageEpochs">
    /// Averaged SGD (Polyak–Ruppert): the stored weights are the average of the iterates over the last N epochs (every
    /// step, computed lazily); 0 keeps the last iterate.
    /// </param>
    /// <param name="MinDf">
    /// Hashed features present in fewer than this many training texts are left out of training (their weight stays 0,
    /// so at inference they carry nothing); the 1/√count scaling still counts them, as inference does.
    /// </param>
    /// <param name="Augment">
    /// Share of the training texts (both classes) that also train in a disguised form (<see cref="TextObfuscator"/>:
    /// spaces or symbols inside words, jamo abbreviations), with the same labels; 0 for none.
    /// </param>
    public sealed record Options(
        int Bits = 21,
        int Epochs = 10,
        float LearningRate = 0.05f,
        float L2 = 1e-4f,
        int Seed = 20261123,
        bool SourceFeature = false,
        AbuseModel.FeatureSet Set = AbuseModel.FeatureSet.Jamo | AbuseModel.FeatureSet.WordBigrams,
        bool SourceBias = false,
        int Bags = 1,
        bool BalanceSources = false,
        bool DomainAdapt = false,
        float DomainL2 = 0f,
        float NaiveBayes = 1f,
        float CleanWeight = 1f,
        string? SourceWeights = null,
        float MildWeight = 0f,
        int AverageEpochs = 0,
        int MinDf = 0,
        float Augment = 0f);

    public static AbuseModel Train(IReadOnlyList<LabeledText> data, Options options)
    {
        if (options.Augment > 0)
        {
            // disguised copies of a share of the rows (both classes, so that a disguise itself says nothing)
            var rngAug = new Random(options.Seed ^ 0x5A5A);
            var augmented = new List<LabeledText>(data);
            foreach (var x in data)
            {
                if (rngAug.NextDouble() >= options.Augment) continue;
                var text = TextObfuscator.Obfuscate(x.Text, rngAug);
                if (text != x.Text) augmented.Add(x with { Text = text });
            }
            data = augmented;
        }
        int size = 1 << options.Bits;
        int mask = size - 1;
        var sources = data.Select(x => x.Source).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
        var sourceOf = new int[data.Count];
        var exampleWeight = new float[data.Count];
        for (int i = 0; i < data.Count; i++)
        {
            sourceOf[i] = Array.IndexOf(sources, data[i].Source);
        }
        // optional: every source weighs as much as the average source
        var perSource = sources.Select(src => data.Count(x => x.Source == src)).ToArray();
        for (int i = 0; i < data.Count; i++)
        {
            exampleWeight[i] = options.BalanceSources ? (float)data.Count / (sources.Length * perSource[sourceOf[i]]) : 1f;
            if (data[i].Mild) exampleWeight[i] *= options.MildWeight;
        }
        // optional per-source example weights, "beep:0.5,curse:1"
        foreach (var item in (options.SourceWeights ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = item.Split(':');
            float sw = float.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture);
            for (int i = 0; i < data.Count; i++)
            {
                if (data[i].Source == kv[0]) exampleWeight[i] *= sw;
            }
        }

        // featurise once
        var feats = new int[data.Count][];
        var scales = new float[data.Count];
        for (int i = 0; i < data.Count; i++)
        {
            var norm = KoreanNormalizer.Normalize(data[i].Text);
            var buf = new int[AbuseModel.MaxFeatures(norm.Length, options.Set) + 1];
            int n = AbuseModel.Features(norm, buf, mask, options.Set);
            if (options.SourceFeature)
            {
                // a per-data-set feature absorbs the sets' different label definitions (BEEP! "offensive" is broad);
                // it is never present at inference
                uint h = 2166136261;
                foreach (char c in data[i].Source) h = (h ^ c) * 16777619;
                buf[n++] = (int)(h & (uint)mask);
            }
            feats[i] = buf[..n];
            scales[i] = AbuseModel.Scale(n);
        }
        if (options.MinDf > 1)
        {
            // document frequency of every bucket over the texts that train (weight > 0)
            var df = new int[size];
            for (int i = 0; i < data.Count; i++)
            {
                if (exampleWeight[i] <= 0) continue;
                foreach (int k in feats[i].Distinct()) df[k]++;
            }
            for (int i = 0; i < data.Count; i++) feats[i] = feats[i].Where(k => df[k] >= options.MinDf).ToArray();
        }

        // NBSVM (Wang & Manning 2012): each feature is scaled by its naive-Bayes log-count ratio during training, and
        // the ratio is folded into the stored weight, so inference is unchanged
        float[][]? ratio = null;
        if (options.NaiveBayes > 0)
        {
            ratio = new float[AbuseModel.HeadCount][];
            for (int h = 0; h < AbuseModel.HeadCount; h++)
            {
                var p = new float[size];
                var q = new float[size];
                double sp = 0, sq = 0;
                for (int i = 0; i < data.Count; i++)
                {
                    int y = Label(data[i], h);
                    if (y < 0) continue;
                    var arr = y == 1 ? p : q;
                    foreach (int k in feats[i].Distinct()) arr[k] += exampleWeight[i];
                }
                for (int k = 0; k < size; k++)
                {
                    p[k] += options.NaiveBayes;
                    q[k] += options.NaiveBayes;
                    sp += p[k];
                    sq += q[k];
                }
                var r = new float[size];
                for (int k = 0; k < size; k++) r[k] = (float)Math.Log(p[k] / sp / (q[k] / sq));
                ratio[h] = r;
            }
        }

        var sumW = new float[AbuseModel.HeadCount][];
        var sumB = new float[AbuseModel.HeadCount];
        for (int h = 0; h < AbuseModel.HeadCount; h++) sumW[h] = new float[size];
        for (int bag = 0; bag < options.Bags; bag++)
        {
            var (w, b) = TrainOne(data, feats, scales, sourceOf, sources.Length, exampleWeight, ratio, options, options.Seed + 7919 * bag, bootstrap: options.Bags > 1);
            for (int h = 0; h < AbuseModel.HeadCount; h++)
            {
                for (int k = 0; k < size; k++) sumW[h][k] += w[h][k] * (ratio?[h][k] ?? 1f) / options.Bags;
                sumB[h] += b[h] / options.Bags;
            }
        }
        return new AbuseModel(options.Bits, sumW, sumB, 0.5f, options.Set);
    }

    private static int Label(LabeledText x, int head) => head switch { 0 => x.Abusive, 1 => x.Hate, _ => x.Profanity };

    private static (float[][] Weights, float[] Bias) TrainOne(IReadOnlyList<LabeledText> data, int[][] feats, float[] scales, int[] sourceOf, int sourceCount,
        float[] exampleWeight, float[][]? ratio, Options options, int seed, bool bootstrap)
    {
        int size = 1 << options.Bits;
        var weights = new float[AbuseModel.HeadCount][];
        var grad2 = new float[AbuseModel.HeadCount][];
        // bias[h, source] (one column when the bias is shared)
        int biasCols = options.SourceBias ? sourceCount : 1;
        var bias = new float[AbuseModel.HeadCount, biasCols];
        var biasG = new float[AbuseModel.HeadCount, biasCols];
        for (int h = 0; h < AbuseModel.HeadCount; h++)
        {
            weights[h] = new float[size];
            grad2[h] = new float[size];
        }
        // domain adaptation ("frustratingly easy"): each source also has its own copy of every weight, used in training
        // only; the shared weights keep what the sets agree on, the copies absorb each set's own notion of "abusive"
        float[][,]? local = null, localG = null;
        if (options.DomainAdapt)
        {
            local = new float[AbuseModel.HeadCount][,];
            localG = new float[AbuseModel.HeadCount][,];
            for (int h = 0; h < AbuseModel.HeadCount; h++)
            {
                local[h] = new float[sourceCount, size];
                localG[h] = new float[sourceCount, size];
            }
        }
        var rng = new Random(seed);
        int[] order;
        if (bootstrap)
        {
            order = new int[data.Count];
            for (int i = 0; i < order.Length; i++) order[i] = rng.Next(data.Count);
        }
        else
        {
            order = Enumerable.Range(0, data.Count).ToArray();
        }
        // averaged SGD: sum of the iterates from step avgStart on, kept lazily (a weight changes only when touched)
        long step = 0;
        long avgStart = options.AverageEpochs > 0 ? (long)Math.Max(0, options.Epochs - options.AverageEpochs) * order.Length : long.MaxValue;
        float[][]? avgSum = null;
        int[][]? last = null;
        var biasSum = new double[AbuseModel.HeadCount, biasCols];
        if (options.AverageEpochs > 0)
        {
            if (ratio == null) throw new ArgumentException("Averaging is implemented for naive-Bayes-scaled training only.");
            avgSum = new float[AbuseModel.HeadCount][];
            last = new int[AbuseModel.HeadCount][];
            for (int h = 0; h < AbuseModel.HeadCount; h++)
            {
                avgSum[h] = new float[size];
                last[h] = new int[size];
            }
        }
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int i in order)
            {
                var f = feats[i];
                bool averaging = step >= avgStart;
                int t = (int)(step - Math.Min(step, avgStart)); // steps since averaging began
                if (averaging)
                {
                    for (int h = 0; h < AbuseModel.HeadCount; h++)
                    {
                        for (int c = 0; c < biasCols; c++) biasSum[h, c] += bias[h, c];
                    }
                }
                step++;
                if (f.Length == 0) continue;
                float scale = scales[i];
                int col = options.SourceBias ? sourceOf[i] : 0;
                for (int h = 0; h < AbuseModel.HeadCount; h++)
                {
                    int y = Label(data[i], h);
                    if (y < 0) continue;
                    var w = weights[h];
                    var g2 = grad2[h];
                    float z = bias[h, col];
                    if (ratio != null)
                    {
                        var r = ratio[h];
                        foreach (int k in f) z += w[k] * r[k] * scale;
                        float g0 = (AbuseModel.Sigmoid(z) - y) * exampleWeight[i] * (y == 0 ? options.CleanWeight : 1f);
                        biasG[h, col] += g0 * g0;
                        bias[h, col] -= options.LearningRate * g0 / MathF.Sqrt(biasG[h, col] + 1e-8f);
                        if (averaging)
                        {
                            // the iterate before this step held since the weight was last touched
                            var sh = avgSum![h];
                            var lh = last![h];
                            foreach (int k in f)
                            {
                                sh[k] += w[k] * (t - lh[k]);
                                lh[k] = t;
                            }
                        }
                        foreach (int k in f)
                        {
                            float gk = g0 * scale * r[k] + options.L2 * w[k];
                            g2[k] += gk * gk;
                            w[k] -= options.LearningRate * gk / MathF.Sqrt(g2[k] + 1e-8f);
                        }
                        continue;
                    }
                    foreach (int k in f) z += w[k] * scale;
                    if (local != null)
                    {
                        var lw = local[h];
                        int src = sourceOf[i];
                        foreach (int k in f) z += lw[src, k] * scale;
                    }
                    float g = (AbuseModel.Sigmoid(z) - y) * exampleWeight[i] * (y == 0 ? options.CleanWeight : 1f);
                    if (local != null)
                    {
                        var lw = local[h];
                        var lg = localG![h];
                        int src = sourceOf[i];
                        foreach (int k in f)
                        {
                            float gk = g * scale + options.DomainL2 * lw[src, k];
                            lg[src, k] += gk * gk;
                            lw[src, k] -= options.LearningRate * gk / MathF.Sqrt(lg[src, k] + 1e-8f);
                        }
                    }
                    biasG[h, col] += g * g;
                    bias[h, col] -= options.LearningRate * g / MathF.Sqrt(biasG[h, col] + 1e-8f);
                    foreach (int k in f)
                    {
                        float gk = g * scale + options.L2 * w[k];
                        g2[k] += gk * gk;
                        w[k] -= options.LearningRate * gk / MathF.Sqrt(g2[k] + 1e-8f);
                    }
                }
            }
        }
        if (avgSum != null)
        {
            int total = (int)(step - avgStart);
            for (int h = 0; h < AbuseModel.HeadCount; h++)
            {
                for (int k = 0; k < size; k++) weights[h][k] = (avgSum[h][k] + weights[h][k] * (total - last![h][k])) / total;
                for (int c = 0; c < biasCols; c++) bias[h, c] = (float)(biasSum[h, c] / total);
            }
        }
        var meanBias = new float[AbuseModel.HeadCount];
        for (int h = 0; h < AbuseModel.HeadCount; h++)
        {
            // mean over the sources that label this head (a source without labels leaves its bias at 0)
            float sum = 0;
            int n = 0;
            for (int c = 0; c < biasCols; c++)
            {
                if (biasG[h, c] > 0)
                {
                    sum += bias[h, c];
                    n++;
                }
            }
            meanBias[h] = n == 0 ? 0 : sum / n;
        }
        return (weights, meanBias);
    }
}
