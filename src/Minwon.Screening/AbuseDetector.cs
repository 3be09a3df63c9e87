using System.Buffers;
using Minwon.Screening.Abuse;
using Minwon.Screening.Normalization;

namespace Minwon.Screening;

/// <summary>
/// Detects abusive language and threats in Korean (and English) text: a high-precision lexicon with spans, a learned
/// character n-gram model for what the lexicon does not list, and a separate high-recall threat rule set.
/// Thread-safe; <see cref="Analyze"/> allocates only its result.
/// </summary>
public sealed class AbuseDetector
{
    private const string ResourceName = "Minwon.Screening.Models.abuse.model";
    private const int StackLimit = 1024;
    private static readonly Lazy<AbuseDetector> LazyDefault = new(() => new AbuseDetector(LoadEmbeddedModel()));

    private readonly AbuseModel? _model;
    private readonly AbuseLexicon _lexicon = AbuseLexicon.Default;
    private readonly ThreatRules _threats = ThreatRules.Default;

    /// <summary>The detector with the model embedded in this assembly, loaded once.</summary>
    public static AbuseDetector Default => LazyDefault.Value;

    /// <summary>A detector using <paramref name="model"/>; null for rules only.</summary>
    public AbuseDetector(AbuseModel? model) => _model = model;

    /// <summary>The learned model, if any.</summary>
    public AbuseModel? Model => _model;

    /// <summary>Decision threshold on the overall score.</summary>
    public float Threshold => _model?.Threshold ?? 0.5f;

    /// <summary>Loads the model embedded in the assembly (null when the assembly was built without one).</summary>
    public static AbuseModel? LoadEmbeddedModel()
    {
        using var stream = typeof(AbuseDetector).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : AbuseModel.Load(stream);
    }

    public AbuseResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int len = text.Length;
        char[]? rentedChars = null;
        int[]? rentedInts = null;
        Span<char> norm = len <= StackLimit ? stackalloc char[len] : (rentedChars = ArrayPool<char>.Shared.Rent(len));
        Span<int> maps = len <= StackLimit ? stackalloc int[2 * len] : (rentedInts = ArrayPool<int>.Shared.Rent(2 * len));
        Span<int> mapStart = maps[..len];
        Span<int> mapEnd = maps.Slice(len, len);
        try
        {
            int n = KoreanNormalizer.Normalize(text, norm, mapStart, mapEnd);
            ReadOnlySpan<char> s = norm[..n];
            return Analyze(text, s, mapStart, mapEnd);
        }
        finally
        {
            if (rentedChars != null) ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedInts != null) ArrayPool<int>.Shared.Return(rentedInts);
        }
    }

    private AbuseResult Analyze(string text, ReadOnlySpan<char> s, ReadOnlySpan<int> mapStart, ReadOnlySpan<int> mapEnd)
    {
        Span<AbuseLexicon.Hit> hits = stackalloc AbuseLexicon.Hit[64];
        Span<AbuseLexicon.Hit> threatHits = stackalloc AbuseLexicon.Hit[16];
        int hitCount = _lexicon.Match(s, hits);
        int threatCount = _threats.Match(s, threatHits);

        Span<float> probs = stackalloc float[AbuseModel.HeadCount];
        probs.Clear();
        if (_model != null && s.Length > 0) _model.Predict(s, probs);
        float threshold = Threshold;

        var scores = new float[5];
        float pAbusive = probs[AbuseModel.HeadAbusive];
        scores[(int)AbuseCategory.Insult] = pAbusive;
        scores[(int)AbuseCategory.Hate] = MathF.Min(pAbusive, probs[AbuseModel.HeadHate]);
        scores[(int)AbuseCategory.Profanity] = MathF.Min(pAbusive, probs[AbuseModel.HeadProfanity]);
        int strong = 0;
        for (int i = 0; i < hitCount; i++)
        {
            if (hits[i].Weak) continue;
            strong++;
            scores[(int)hits[i].Category] = MathF.Max(scores[(int)hits[i].Category], 0.99f);
        }
        // a threat quoted in a report (이웃이 "죽여 버린다"고 했습니다) is abusive language but not the writer's threat
        int quoted = 0;
        for (int i = 0; i < threatCount; i++)
        {
            if (ReportedSpeech.IsQuoted(text, mapStart[threatHits[i].Start], mapEnd[threatHits[i].End - 1])) quoted++;
        }
        bool isThreat = threatCount > quoted;
        if (isThreat) scores[(int)AbuseCategory.Threat] = 1f;
        else if (quoted > 0) scores[(int)AbuseCategory.Threat] = 0.99f;

        float overall = pAbusive;
        if (strong > 0 || quoted > 0) overall = MathF.Max(overall, 0.99f);
        if (isThreat) overall = 1f;
        bool isAbusive = overall >= threshold;

        if (!isAbusive)
        {
            hitCount = 0; // weak hits only: nothing to mask
        }
        else if (strong < hitCount)
        {
            // weak words in an abusive text: their category shares the verdict
            for (int i = 0; i < hitCount; i++)
            {
                if (hits[i].Weak) scores[(int)hits[i].Category] = MathF.Max(scores[(int)hits[i].Category], pAbusive);
            }
        }
        if (isAbusive && hitCount == 0 && quoted == 0 && _model != null)
        {
            hitCount = ModelSpans(_model, s, hits);
            if (hitCount > 0 && strong == 0 && !isThreat && AllInnocent(s, hits[..hitCount]))
            {
                // the model leaned on 시발역 or 고양이 새끼 alone: not abuse; the score stays just under the threshold
                isAbusive = false;
                hitCount = 0;
                overall = MathF.BitDecrement(threshold);
                foreach (var c in (ReadOnlySpan<AbuseCategory>)[AbuseCategory.Insult, AbuseCategory.Hate, AbuseCategory.Profanity])
                {
                    scores[(int)c] = MathF.Min(scores[(int)c], overall);
                }
            }
        }
        var spans = hitCount == 0 ? AbuseResult.NoSpans : ToSpans(hits[..hitCount], mapStart, mapEnd);
        var threatSpans = threatCount == 0 ? AbuseResult.NoSpans : ToSpans(threatHits[..threatCount], mapStart, mapEnd);
        return new AbuseResult(isAbusive, isThreat, overall, scores, spans, threatSpans);
    }

    // Flagged by the model alone: mask the words that pushed the score most (the strongest one, and any other word at
    // least 60% as strong), so the officer's view still hides the abuse and keeps the rest readable.
    private static int ModelSpans(AbuseModel model, ReadOnlySpan<char> s, Span<AbuseLexicon.Hit> hits)
    {
        const int MaxWords = 256;
        Span<float> contrib = stackalloc float[MaxWords];
        Span<int> starts = stackalloc int[MaxWords];
        Span<int> ends = stackalloc int[MaxWords];
        int words = model.WordContributions(s, contrib, starts, ends);
        float max = 0;
        for (int w = 0; w < words; w++) max = MathF.Max(max, contrib[w]);
        if (max <= 0.5f) return 0;
        int count = 0;
        for (int w = 0; w < words && count < hits.Length; w++)
        {
            if (contrib[w] >= 0.6f * max) hits[count++] = new AbuseLexicon.Hit(starts[w], ends[w], AbuseCategory.Insult);
        }
        return count;
    }

    private static bool AllInnocent(ReadOnlySpan<char> s, ReadOnlySpan<AbuseLexicon.Hit> hits)
    {
        foreach (var h in hits)
        {
            if (!InnocentWords.IsInnocent(s, h.Start, h.End)) return false;
        }
        return true;
    }

    private static TextSpan[] ToSpans(ReadOnlySpan<AbuseLexicon.Hit> hits, ReadOnlySpan<int> mapStart, ReadOnlySpan<int> mapEnd)
    {
        // hits arrive sorted by start; merge overlaps
        Span<TextSpan> tmp = stackalloc TextSpan[hits.Length];
        int count = 0;
        foreach (var h in hits)
        {
            int start = mapStart[h.Start];
            int end = mapEnd[h.End - 1];
            if (count > 0 && start <= tmp[count - 1].End)
            {
                var last = tmp[count - 1];
                tmp[count - 1] = new TextSpan(last.Start, Math.Max(last.End, end) - last.Start);
            }
            else
            {
                tmp[count++] = new TextSpan(start, end - start);
            }
        }
        return tmp[..count].ToArray();
    }

    /// <summary>Replaces every non-space character inside <paramref name="spans"/> with ●; the rest stays readable.</summary>
    public static string Mask(string text, IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        char[]? buffer = null;
        foreach (var span in spans)
        {
            int start = Math.Max(0, span.Start);
            int end = Math.Min(text.Length, span.Start + span.Length);
            if (start >= end) continue;
            buffer ??= text.ToCharArray();
            for (int i = start; i < end; i++)
            {
                if (!char.IsWhiteSpace(buffer[i])) buffer[i] = '●';
            }
        }
        return buffer is null ? text : new string(buffer);
    }
}
