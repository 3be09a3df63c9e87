using Minwon.Core.Deadlines;

namespace Minwon.Core.Tests.Deadlines;

public class KoreanPublicHolidaysTests
{
    private static List<string> Dates(int year) =>
        KoreanPublicHolidays.For(year).Select(h => h.Date.ToString("MM-dd")).Distinct().ToList();

    private static PublicHoliday[] On(int year, int month, int day) =>
        KoreanPublicHolidays.For(year).Where(h => h.Date == new DateOnly(year, month, day)).ToArray();

    [Fact]
    public void Holidays_of_2024_match_the_official_list()
    {
        Assert.Equal(
            ["01-01", "02-09", "02-10", "02-11", "02-12", "03-01", "05-05", "05-06", "05-15", "06-06", "08-15",
             "09-16", "09-17", "09-18", "10-03", "10-09", "12-25"],
            Dates(2024));
    }

    [Fact]
    public void Holidays_of_2025_match_the_official_list()
    {
        Assert.Equal(
            ["01-01", "01-28", "01-29", "01-30", "03-01", "03-03", "05-05", "05-06", "06-06", "08-15",
             "10-03", "10-05", "10-06", "10-07", "10-08", "10-09", "12-25"],
            Dates(2025));
    }

    [Fact]
    public void Holidays_of_2026_match_the_official_list()
    {
        Assert.Equal(
            ["01-01", "02-16", "02-17", "02-18", "03-01", "03-02", "05-05", "05-24", "05-25", "06-06", "08-15", "08-17",
             "09-24", "09-25", "09-26", "10-03", "10-05", "10-09", "12-25"],
            Dates(2026));
    }

    [Fact]
    public void Seollal_ending_on_sunday_gets_a_substitute_on_monday_2024()
    {
        Assert.Equal("대체공휴일(설날)", Assert.Single(On(2024, 2, 12)).NameKo);
        Assert.Equal("Substitute holiday (Seollal)", Assert.Single(On(2024, 2, 12)).NameEn);
    }

    [Fact]
    public void Childrens_day_on_sunday_gets_a_substitute_2024()
    {
        Assert.Equal("대체공휴일(어린이날)", Assert.Single(On(2024, 5, 6)).NameKo);
    }

    [Fact]
    public void Childrens_day_and_buddhas_birthday_on_the_same_day_give_one_substitute_2025()
    {
        var fifth = On(2025, 5, 5).Select(h => h.NameKo).ToList();
        Assert.Equal(2, fifth.Count);
        Assert.Contains("어린이날", fifth);
        Assert.Contains("부처님오신날", fifth);
        Assert.Equal("대체공휴일(어린이날)", Assert.Single(On(2025, 5, 6)).NameKo);
        Assert.Empty(On(2025, 5, 7));
    }

    [Fact]
    public void Chuseok_starting_on_sunday_gets_a_substitute_after_the_three_days_2025()
    {
        Assert.Equal(["추석 연휴", "추석", "추석 연휴"], new[] { 5, 6, 7 }.Select(d => Assert.Single(On(2025, 10, d)).NameKo));
        Assert.Equal("대체공휴일(추석)", Assert.Single(On(2025, 10, 8)).NameKo);
    }

    [Fact]
    public void Chuseok_overlapping_national_foundation_day_gets_a_substitute()
    {
        // 2017: 추석 10/3–10/5 with 개천절 on 10/3; 2028: 추석 10/2–10/4 with 개천절 on 10/3.
        Assert.Equal("대체공휴일(추석)", Assert.Single(On(2017, 10, 6)).NameKo);
        Assert.Equal("대체공휴일(추석)", Assert.Single(On(2028, 10, 5)).NameKo);
    }

    [Fact]
    public void Substitute_holidays_start_in_2014()
    {
        Assert.Equal("대체공휴일(추석)", Assert.Single(On(2014, 9, 10)).NameKo);
        Assert.DoesNotContain(KoreanPublicHolidays.For(2013), h => h.NameKo.StartsWith("대체", StringComparison.Ordinal));
    }

    [Fact]
    public void Independence_movement_day_on_saturday_is_substituted_on_monday_2025()
    {
        Assert.Equal("대체공휴일(삼일절)", Assert.Single(On(2025, 3, 3)).NameKo);
    }

    [Fact]
    public void Buddhas_birthday_on_sunday_is_substituted_from_2023_rules()
    {
        Assert.Equal("부처님오신날", Assert.Single(On(2026, 5, 24)).NameKo);
        Assert.Equal("대체공휴일(부처님오신날)", Assert.Single(On(2026, 5, 25)).NameKo);
        Assert.Equal("대체공휴일(부처님오신날)", Assert.Single(On(2023, 5, 29)).NameKo);
    }

    [Fact]
    public void Saturday_holidays_of_2026_are_substituted_on_monday()
    {
        Assert.Equal("대체공휴일(광복절)", Assert.Single(On(2026, 8, 17)).NameKo);
        Assert.Equal("대체공휴일(개천절)", Assert.Single(On(2026, 10, 5)).NameKo);
    }

    [Fact]
    public void Chuseok_ending_on_saturday_has_no_substitute_2026()
    {
        Assert.DoesNotContain(KoreanPublicHolidays.For(2026), h => h.NameKo == "대체공휴일(추석)");
    }

    [Fact]
    public void Memorial_day_on_saturday_is_never_substituted_2026()
    {
        Assert.DoesNotContain(KoreanPublicHolidays.For(2026), h => h.Date == new DateOnly(2026, 6, 8));
    }

    [Fact]
    public void Christmas_on_sunday_before_2023_had_no_substitute_but_from_2023_it_has()
    {
        Assert.DoesNotContain(KoreanPublicHolidays.For(2022), h => h.Date == new DateOnly(2022, 12, 26));
        Assert.Equal("대체공휴일(성탄절)", Assert.Single(On(2027, 12, 27)).NameKo);
    }

    [Fact]
    public void Hangul_day_on_sunday_2022_is_substituted_on_monday()
    {
        Assert.Equal("대체공휴일(한글날)", Assert.Single(On(2022, 10, 10)).NameKo);
    }

    [Fact]
    public void Seollal_containing_sunday_2023_is_substituted_after_the_three_days()
    {
        Assert.Equal("대체공휴일(설날)", Assert.Single(On(2023, 1, 24)).NameKo);
    }

    [Fact]
    public void Buddhas_birthday_follows_the_leap_month_in_2020_and_2023()
    {
        // 2020 had a leap 4th month (윤4월), 2023 a leap 2nd month (윤2월): lunar 4/8 is the regular month.
        Assert.Equal("부처님오신날", Assert.Single(On(2020, 4, 30)).NameKo);
        Assert.Equal("부처님오신날", Assert.Single(On(2023, 5, 27)).NameKo);
    }

    [Fact]
    public void Holidays_are_ordered_by_date()
    {
        var dates = KoreanPublicHolidays.For(2025).Select(h => h.Date).ToList();

        Assert.Equal(dates.Order(), dates);
    }

    [Fact]
    public void Years_outside_the_lunar_calendar_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KoreanPublicHolidays.For(KoreanPublicHolidays.MaxYear + 1));
    }

    [Fact]
    public void Election_and_temporary_holidays_are_not_built_in_but_listed_for_seeding()
    {
        Assert.Equal(
            [new DateOnly(2024, 4, 10), new DateOnly(2024, 10, 1), new DateOnly(2025, 1, 27), new DateOnly(2025, 6, 3)],
            KoreanPublicHolidays.KnownTemporaryHolidays.Select(h => h.Date));
        Assert.Empty(On(2024, 4, 10));
        Assert.Empty(On(2025, 6, 3));
    }
}
