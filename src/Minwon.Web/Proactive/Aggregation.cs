namespace Minwon.Web.Proactive;

/// <summary>One candidate's standing: jury mean, votes, the vote score and the final weighted score.</summary>
public sealed record Standing(long RecommendationId, int Reviewers, double Jury, int Votes, double VoteScore, double Final, int Rank);

/// <summary>
/// The final score: the mean of the reviewers' totals (0–100) weighted by the jury share, plus the public vote
/// weighted by the rest. The vote score is 100 for the candidate with the most votes and proportional below it, so
/// both parts run on the same 0–100 scale. Without a vote the jury score is the final score.
/// </summary>
public static class Aggregation
{
    public static IReadOnlyList<Standing> Rank(IEnumerable<(long Id, IReadOnlyList<int> ReviewerTotals, int Votes)> candidates, int juryShare, bool voteHeld)
    {
        var list = candidates.ToList();
        var maxVotes = list.Count == 0 ? 0 : list.Max(c => c.Votes);
        var rows = list.Select(c =>
        {
            var jury = c.ReviewerTotals.Count == 0 ? 0 : c.ReviewerTotals.Average();
            var vote = maxVotes == 0 ? 0 : 100.0 * c.Votes / maxVotes;
            var final = voteHeld ? (jury * juryShare + vote * (100 - juryShare)) / 100.0 : jury;
            return (c.Id, Reviewers: c.ReviewerTotals.Count, Jury: Math.Round(jury, 2), c.Votes, Vote: Math.Round(vote, 2), Final: Math.Round(final, 2));
        }).OrderByDescending(r => r.Final).ThenByDescending(r => r.Jury).ThenBy(r => r.Id).ToList();
        var ranked = new List<Standing>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            // Ties share a rank (1, 2, 2, 4).
            var rank = i > 0 && rows[i].Final == rows[i - 1].Final ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new Standing(rows[i].Id, rows[i].Reviewers, rows[i].Jury, rows[i].Votes, rows[i].Vote, rows[i].Final, rank));
        }
        return ranked;
    }
}
