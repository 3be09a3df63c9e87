namespace Minwon.Screening.Abuse;

/// <summary>
/// Reads the public labeled data sets in shared/data (curse, BEEP!, K-MHaS) with their label mappings and a
/// deterministic ~15% hold-out (by a hash of the text, so duplicates fall on the same side) of curse and K-MHaS.
/// </summary>
public static class AbuseDataSets
{
    public sealed record Split(string Name, IReadOnlyList<LabeledText> Train, IReadOnlyList<LabeledText> HeldOut);

    public static bool IsHeldOut(string text)
    {
        uint h = 2166136261;
        foreach (char c in text.Trim()) h = (h ^ c) * 16777619;
        return h % 100 < 15;
    }

    public static Split Curse(string dataDir)
    {
        var all = new List<LabeledText>();
        foreach (var line in File.ReadLines(Path.Combine(dataDir, "curse", "dataset.txt")))
        {
            int bar = line.LastIndexOf('|');
            if (bar <= 0) continue;
            var label = line[(bar + 1)..].Trim();
            if (label is not ("0" or "1")) continue;
            int y = label == "1" ? 1 : 0;
            all.Add(new LabeledText(line[..bar].Trim(), y, -1, y, "curse"));
        }
        return SplitHeldOut("curse", all);
    }

    public static Split Kmhas(string dataDir)
    {
        var all = new List<LabeledText>();
        foreach (var line in File.ReadLines(Path.Combine(dataDir, "kmhas", "kmhas_valid.txt")).Skip(1))
        {
            int tab = line.LastIndexOf('\t');
            if (tab <= 0) continue;
            var labels = line[(tab + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            bool abusive = false, hate = false, profanity = false;
            foreach (var l in labels)
            {
                if (!int.TryParse(l, out int v)) continue;
                if (v is >= 0 and <= 7) abusive = true;
                if (v == 3) profanity = true;
                else if (v is >= 0 and <= 7) hate = true;
            }
            all.Add(new LabeledText(line[..tab].Trim(), abusive ? 1 : 0, hate ? 1 : 0, profanity ? 1 : 0, "kmhas"));
        }
        return SplitHeldOut("kmhas", all);
    }

    /// <summary>BEEP! train.tsv or dev.tsv: abusive when hate is "hate" or "offensive"; hate head when biased and not "none".</summary>
    public static List<LabeledText> Beep(string dataDir, string file)
    {
        var list = new List<LabeledText>();
        foreach (var line in File.ReadLines(Path.Combine(dataDir, "beep", file)).Skip(1))
        {
            var cols = line.Split('\t');
            if (cols.Length < 4) continue;
            bool abusive = cols[3].Trim() is "hate" or "offensive";
            bool biased = cols[2].Trim() is not "none" || cols[1].Trim() == "True";
            list.Add(new LabeledText(cols[0].Trim(), abusive ? 1 : 0, abusive && biased ? 1 : 0, -1, "beep", Mild: cols[3].Trim() == "offensive"));
        }
        return list;
    }

    /// <summary>A second, independent ~10% slice of the training part, used to tune the decision threshold.</summary>
    public static bool IsTuning(string text)
    {
        uint h = 0x9747B28C;
        foreach (char c in text.Trim()) h = (h ^ c) * 16777619;
        return (h >> 7) % 100 < 10;
    }

    private static Split SplitHeldOut(string name, List<LabeledText> all)
    {
        var train = new List<LabeledText>();
        var held = new List<LabeledText>();
        foreach (var x in all) (IsHeldOut(x.Text) ? held : train).Add(x);
        return new Split(name, train, held);
    }
}
