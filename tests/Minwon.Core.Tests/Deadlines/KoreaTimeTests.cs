using Minwon.Core.Deadlines;

namespace Minwon.Core.Tests.Deadlines;

public class KoreaTimeTests
{
    [Fact]
    public void Utc_converts_to_kst_nine_hours_later_without_kind()
    {
        var kst = KoreaTime.ToKst(new DateTime(2025, 11, 21, 8, 30, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2025, 11, 21, 17, 30, 0), kst);
        Assert.Equal(DateTimeKind.Unspecified, kst.Kind);
    }

    [Fact]
    public void Conversion_crosses_midnight_and_year_end()
    {
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0), KoreaTime.ToKst(new DateTime(2025, 12, 31, 15, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Kst_converts_back_to_utc_with_utc_kind()
    {
        var utc = KoreaTime.ToUtc(new DateTime(2025, 7, 1, 9, 0, 0));

        Assert.Equal(new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void Summer_and_winter_use_the_same_offset_because_korea_has_no_dst()
    {
        var summer = new DateTime(2025, 7, 15, 3, 0, 0, DateTimeKind.Utc);
        var winter = new DateTime(2025, 1, 15, 3, 0, 0, DateTimeKind.Utc);

        Assert.Equal(12, KoreaTime.ToKst(summer).Hour);
        Assert.Equal(12, KoreaTime.ToKst(winter).Hour);
    }

    [Fact]
    public void Round_trip_is_identity()
    {
        var utc = new DateTime(2024, 2, 9, 23, 45, 10, DateTimeKind.Utc);

        Assert.Equal(utc, KoreaTime.ToUtc(KoreaTime.ToKst(utc)));
    }

    [Fact]
    public void Treating_a_utc_value_as_kst_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => KoreaTime.ToUtc(DateTime.UtcNow));
    }
}
