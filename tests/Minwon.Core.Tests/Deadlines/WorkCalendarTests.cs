using Minwon.Core.Deadlines;

namespace Minwon.Core.Tests.Deadlines;

public class WorkCalendarTests
{
    [Theory]
    [InlineData("2025-11-21", true)] // Friday
    [InlineData("2025-11-22", false)] // Saturday
    [InlineData("2025-11-23", false)] // Sunday
    [InlineData("2025-10-06", false)] // 추석
    [InlineData("2025-10-08", false)] // 대체공휴일(추석)
    [InlineData("2025-10-10", true)] // first working day after the October 2025 holidays
    [InlineData("2024-02-12", false)] // 대체공휴일(설날)
    [InlineData("2025-01-27", true)] // temporary holiday, not built in
    public void Weekends_and_public_holidays_are_not_working_days(string date, bool expected)
    {
        Assert.Equal(expected, new WorkCalendar().IsWorkingDay(DateOnly.Parse(date)));
    }

    [Fact]
    public void Administrator_added_holidays_are_not_working_days()
    {
        var calendar = new WorkCalendar(KoreanPublicHolidays.KnownTemporaryHolidays.Select(h => h.Date));

        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 1, 27)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 6, 3)));
        Assert.True(calendar.IsHoliday(new DateOnly(2024, 4, 10)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2024, 4, 11)));
    }

    [Fact]
    public void A_sunday_alone_is_not_a_holiday()
    {
        Assert.False(new WorkCalendar().IsHoliday(new DateOnly(2025, 11, 23)));
    }

    [Fact]
    public void Lookups_across_many_years_are_consistent()
    {
        var calendar = new WorkCalendar();

        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 1, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2024, 12, 25)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 1, 1)));
    }
}
