using System.Globalization;

namespace Minwon.Screening.Tests.Abuse;

/// <summary>
/// The detector on complaint-style text (Data/complaints-dev.tsv and complaints-test.tsv, sixth round of
/// docs/screening-model.md; complaints-blind1.tsv and complaints-blind2.tsv, eighth round): floors just under what the shipped detector measures, so a change that loses ground on
/// the way people write to a public office fails here.
/// </summary>
public class ComplaintListTests
{
    private static readonly AbuseDetector Detector = AbuseDetector.Default;

    [Theory]
    // file, abusive F1 at least, threats found at least, false threats at most (clean rows / all rows), clean rows flagged at most
    [InlineData("complaints-dev.tsv", 0.975, 25, 0, 0, 2)]
    [InlineData("complaints-test.tsv", 0.985, 25, 0, 0, 2)]
    // the first blind file (written elsewhere; development data since the eighth round): 1 false threat on a row that
    // quotes a threat (label 1, threat 0), none on clean rows
    [InlineData("complaints-blind1.tsv", 0.935, 50, 0, 1, 4)]
    // the second blind file (threat-focused, written elsewhere, scored once before and once after the eighth round;
    // its errors not read): the honest figure for threats in text nobody tuned on
    [InlineData("complaints-blind2.tsv", 0.815, 58, 1, 1, 2)]
    public void Complaint_list_meets_its_floors(string file, double minF1, int minThreats, int maxCleanFalseThreats, int maxFalseThreats, int maxCleanFlagged)
    {
        int tp = 0, fp = 0, fn = 0, threats = 0, found = 0, falseThreats = 0, cleanFalseThreats = 0;
        var wrong = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(Path.GetDirectoryName(ThreatListTests.FindThreatList())!, file)).Skip(1))
        {
            var cols = line.Split('\t');
            if (cols.Length < 3) continue;
            bool abusive = cols[1] == "1", threat = cols[2] == "1";
            var r = Detector.Analyze(cols[0]);
            if (r.IsAbusive && abusive) tp++;
            else if (r.IsAbusive) fp++;
            else if (abusive) fn++;
            if (threat) threats++;
            if (threat && r.IsThreat) found++;
            if (!threat && r.IsThreat) falseThreats++;
            if (!abusive && r.IsThreat) cleanFalseThreats++;
            if (r.IsAbusive != abusive || r.IsThreat != threat) wrong.Add(cols[0]);
        }
        double f1 = 2.0 * tp / (2 * tp + fp + fn);
        string report = string.Create(CultureInfo.InvariantCulture,
            $"{file}: F1 {f1:0.000} (tp {tp}, fp {fp}, fn {fn}), threats {found}/{threats}, false threats {falseThreats} ({cleanFalseThreats} on clean rows); wrong: {string.Join(" | ", wrong)}");
        Assert.True(threats >= 25 && tp + fn >= 100 && fp + tp + fn < 260, report);
        Assert.True(f1 >= minF1, report);
        Assert.True(found >= minThreats, report);
        Assert.True(falseThreats <= maxFalseThreats && cleanFalseThreats <= maxCleanFalseThreats, report);
        Assert.True(fp <= maxCleanFlagged, report);
    }
}
