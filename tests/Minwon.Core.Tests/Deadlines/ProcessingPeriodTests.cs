using Minwon.Core.Complaints;
using Minwon.Core.Deadlines;

namespace Minwon.Core.Tests.Deadlines;

public class ProcessingPeriodTests
{
    [Fact]
    public void Five_days_or_less_count_in_working_hours()
    {
        var period = ProcessingPeriod.OfDays(5);

        Assert.True(period.CountsInHours);
        Assert.Equal(40, period.WorkingHours);
        Assert.Equal(5, period.Days);
    }

    [Fact]
    public void Six_days_or_more_count_in_days()
    {
        var period = ProcessingPeriod.OfDays(6);

        Assert.False(period.CountsInHours);
        Assert.Equal(6, period.Days);
        Assert.Equal(48, period.WorkingHours);
    }

    [Fact]
    public void A_period_in_hours_rounds_days_up()
    {
        var period = ProcessingPeriod.OfWorkingHours(3);

        Assert.True(period.CountsInHours);
        Assert.Equal(3, period.WorkingHours);
        Assert.Equal(1, period.Days);
    }

    [Fact]
    public void Days_and_equivalent_hours_are_equal()
    {
        Assert.Equal(ProcessingPeriod.OfWorkingHours(16), ProcessingPeriod.OfDays(2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Non_positive_periods_are_rejected(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessingPeriod.OfDays(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessingPeriod.OfWorkingHours(value));
    }

    [Theory]
    [InlineData(ComplaintType.Question, 7, false)]
    [InlineData(ComplaintType.LegalQuestion, 14, false)]
    [InlineData(ComplaintType.Proposal, 14, false)]
    [InlineData(ComplaintType.Grievance, 7, false)]
    public void Default_periods_in_days(ComplaintType type, int days, bool inHours)
    {
        var period = DefaultPeriods.For(type);

        Assert.Equal(days, period.Days);
        Assert.Equal(inHours, period.CountsInHours);
    }

    [Fact]
    public void Other_complaints_default_to_three_working_hours()
    {
        Assert.Equal(ProcessingPeriod.OfWorkingHours(3), DefaultPeriods.For(ComplaintType.Other));
    }

    [Fact]
    public void Statutory_complaints_have_no_default_period()
    {
        Assert.Throws<ArgumentException>(() => DefaultPeriods.For(ComplaintType.Statutory));
    }
}
