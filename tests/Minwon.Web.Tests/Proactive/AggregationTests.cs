using Minwon.Web.Proactive;

namespace Minwon.Web.Tests.Proactive;

public sealed class AggregationTests
{
    [Fact]
    public void Without_a_vote_the_jury_mean_is_the_final_score_and_ties_share_a_rank()
    {
        var ranked = Aggregation.Rank([(1, [80, 60], 0), (2, [60], 5), (3, [90, 50], 0), (4, [], 0)], juryShare: 80, voteHeld: false);
        Assert.Equal([1L, 3L, 2L, 4L], ranked.Select(r => r.RecommendationId));
        Assert.Equal([1, 1, 3, 4], ranked.Select(r => r.Rank));
        Assert.Equal(70, ranked[0].Final);
    }

    [Fact]
    public void With_a_vote_the_vote_part_is_scaled_to_the_most_voted_candidate()
    {
        var ranked = Aggregation.Rank([(1, [50], 10), (2, [60], 0)], juryShare: 80, voteHeld: true);
        Assert.Equal(60, ranked[0].Final);  // 50 × 0.8 + 100 × 0.2
        Assert.Equal(48, ranked[1].Final);  // 60 × 0.8 + 0
        Assert.Equal(1L, ranked[0].RecommendationId);
    }
}
