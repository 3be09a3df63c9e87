using Minwon.Core.Complaints;
using Minwon.Core.Deadlines;

namespace Minwon.Core.Tests.Deadlines;

public class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new(new WorkCalendar());
    private static readonly ProcessingPeriod ThreeHours = DefaultPeriods.For(ComplaintType.Other);
    private static readonly ProcessingPeriod SevenDays = DefaultPeriods.For(ComplaintType.Question);

    private static DateTime At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0);

    [Fact]
    public void Other_complaint_on_friday_evening_is_due_monday_late_morning()
    {
        Assert.Equal(At(2025, 11, 24, 11, 30), Calculator.DueAt(At(2025, 11, 21, 17, 30), ThreeHours));
    }

    [Fact]
    public void Hours_skip_the_lunch_break()
    {
        Assert.Equal(At(2025, 11, 25, 14, 30), Calculator.DueAt(At(2025, 11, 25, 10, 30), ThreeHours));
    }

    [Fact]
    public void Receipt_during_lunch_starts_the_clock_at_one()
    {
        Assert.Equal(At(2025, 11, 25, 16, 0), Calculator.DueAt(At(2025, 11, 25, 12, 20), ThreeHours));
    }

    [Fact]
    public void Receipt_on_saturday_starts_monday_morning_and_ending_at_noon_stays_at_noon()
    {
        Assert.Equal(At(2025, 11, 24, 12, 0), Calculator.DueAt(At(2025, 11, 22, 14, 0), ThreeHours));
    }

    [Fact]
    public void A_deadline_landing_at_six_stays_on_the_same_day()
    {
        Assert.Equal(At(2025, 11, 25, 18, 0), Calculator.DueAt(At(2025, 11, 25, 15, 0), ThreeHours));
    }

    [Fact]
    public void Receipt_after_six_starts_the_next_working_morning()
    {
        Assert.Equal(At(2025, 11, 26, 12, 0), Calculator.DueAt(At(2025, 11, 25, 18, 0), ThreeHours));
        Assert.Equal(At(2025, 11, 26, 12, 0), Calculator.DueAt(At(2025, 11, 25, 22, 15), ThreeHours));
    }

    [Fact]
    public void Receipt_before_nine_starts_at_nine()
    {
        Assert.Equal(At(2025, 11, 25, 12, 0), Calculator.DueAt(At(2025, 11, 25, 7, 45), ThreeHours));
    }

    [Fact]
    public void Five_day_statutory_period_is_forty_working_hours()
    {
        // Mon 14:00: 4 h that day, 8 h Tue–Fri (32 h), then 4 h more on the next Monday: 09–12 and 13–14.
        Assert.Equal(At(2025, 12, 1, 14, 0), Calculator.DueAt(At(2025, 11, 24, 14, 0), ProcessingPeriod.OfDays(5)));
    }

    [Fact]
    public void Hours_skip_the_october_2025_holidays()
    {
        // 10/3 개천절, 10/4 Sat, 10/5–7 추석, 10/8 substitute, 10/9 한글날: 1 h on 10/2, 2 h on 10/10.
        Assert.Equal(At(2025, 10, 10, 11, 0), Calculator.DueAt(At(2025, 10, 2, 17, 0), ThreeHours));
    }

    [Fact]
    public void Question_received_before_the_october_2025_holidays()
    {
        // Day 1 = Thu 10/2 (receipt day); 10/3–10/9 off; days 2–7 = 10/10, 10/13, 10/14, 10/15, 10/16, 10/17.
        Assert.Equal(At(2025, 10, 17, 18, 0), Calculator.DueAt(At(2025, 10, 2, 15, 0), SevenDays));
    }

    [Fact]
    public void Receipt_day_counts_as_day_one_even_late_at_night()
    {
        // Thu 11/20 is day 1, then 11/21, 11/24–11/28.
        Assert.Equal(At(2025, 11, 28, 18, 0), Calculator.DueAt(At(2025, 11, 20, 23, 0), SevenDays));
    }

    [Fact]
    public void Receipt_on_saturday_makes_monday_day_one()
    {
        // Day 1 = Mon 11/24, day 5 = Fri 11/28, day 7 = Tue 12/2.
        Assert.Equal(At(2025, 12, 2, 18, 0), Calculator.DueAt(At(2025, 11, 22, 10, 0), SevenDays));
    }

    [Fact]
    public void Seollal_2024_and_its_substitute_holiday_are_skipped()
    {
        // Day 1 = Thu 2/8; 2/9–2/11 설날, 2/12 substitute; days 2–7 = 2/13, 2/14, 2/15, 2/16, 2/19, 2/20.
        Assert.Equal(At(2024, 2, 20, 18, 0), Calculator.DueAt(At(2024, 2, 8, 10, 0), SevenDays));
        // 1 h on 2/8, then 2 h on Tue 2/13.
        Assert.Equal(At(2024, 2, 13, 11, 0), Calculator.DueAt(At(2024, 2, 8, 17, 0), ThreeHours));
    }

    [Fact]
    public void An_administrator_added_temporary_holiday_is_skipped()
    {
        var withTemporary = new DeadlineCalculator(new WorkCalendar([new DateOnly(2025, 1, 27)]));
        var friday = At(2025, 1, 24, 16, 0);

        // Without it: 2 h Friday, 1 h Monday 1/27. With it, Monday and 설날 (1/28–1/30) are off: Fri 1/31 10:00.
        Assert.Equal(At(2025, 1, 27, 10, 0), Calculator.DueAt(friday, ThreeHours));
        Assert.Equal(At(2025, 1, 31, 10, 0), withTemporary.DueAt(friday, ThreeHours));
        // Days: 1/24, 1/31, 2/3, 2/4, 2/5, 2/6, 2/7.
        Assert.Equal(At(2025, 2, 7, 18, 0), withTemporary.DueAt(friday, SevenDays));
    }

    [Fact]
    public void Fourteen_day_proposal_spans_into_the_next_month()
    {
        // 11/24–11/28 (5), 12/1–12/5 (10), 12/8–12/11 (14).
        var due = Calculator.DueAt(At(2025, 11, 24, 10, 0), DefaultPeriods.For(ComplaintType.Proposal));

        Assert.Equal(At(2025, 12, 11, 18, 0), due);
    }

    [Fact]
    public void Extension_in_days_starts_the_day_after_the_current_deadline()
    {
        // Due Fri 10/17; 7 more working days: 10/20–10/24, 10/27, 10/28.
        Assert.Equal(At(2025, 10, 28, 18, 0), Calculator.Extend(At(2025, 10, 17, 18, 0), SevenDays));
    }

    [Fact]
    public void Extension_in_hours_counts_from_the_due_moment()
    {
        Assert.Equal(At(2025, 11, 24, 15, 30), Calculator.Extend(At(2025, 11, 24, 11, 30), ThreeHours));
        Assert.Equal(At(2025, 11, 26, 12, 0), Calculator.Extend(At(2025, 11, 25, 18, 0), ThreeHours));
    }

    [Theory]
    [InlineData(56, 56, true)]
    [InlineData(56, 40, true)]
    [InlineData(56, 64, false)]
    [InlineData(3, 3, true)]
    [InlineData(3, 4, false)]
    public void An_extension_may_not_exceed_the_original_period(int originalHours, int extensionHours, bool valid)
    {
        var original = ProcessingPeriod.OfWorkingHours(originalHours);
        var extension = ProcessingPeriod.OfWorkingHours(extensionHours);

        Assert.Equal(valid, DeadlineCalculator.IsValidExtension(original, extension));
    }

    [Fact]
    public void Extension_validity_compares_days_and_hours()
    {
        Assert.True(DeadlineCalculator.IsValidExtension(ProcessingPeriod.OfDays(14), ProcessingPeriod.OfDays(14)));
        Assert.False(DeadlineCalculator.IsValidExtension(ProcessingPeriod.OfDays(7), ProcessingPeriod.OfDays(8)));
        Assert.False(DeadlineCalculator.IsValidExtension(ProcessingPeriod.OfDays(7), default));
    }

    [Fact]
    public void Working_hours_between_skip_weekends_and_lunch_and_are_negative_backwards()
    {
        Assert.Equal(3.0, Calculator.WorkingHoursBetween(At(2025, 11, 21, 17, 30), At(2025, 11, 24, 11, 30)));
        Assert.Equal(-3.0, Calculator.WorkingHoursBetween(At(2025, 11, 24, 11, 30), At(2025, 11, 21, 17, 30)));
        Assert.Equal(0.0, Calculator.WorkingHoursBetween(At(2025, 11, 25, 12, 0), At(2025, 11, 25, 13, 0)));
        Assert.Equal(8.0, Calculator.WorkingHoursBetween(At(2025, 11, 25, 0, 0), At(2025, 11, 26, 0, 0)));
    }

    [Fact]
    public void Working_hours_between_receipt_and_due_equal_the_period()
    {
        var received = At(2025, 10, 2, 17, 0);

        Assert.Equal(3.0, Calculator.WorkingHoursBetween(received, Calculator.DueAt(received, ThreeHours)));
    }

    [Fact]
    public void Urgency_is_due_soon_under_one_working_day_and_overdue_after_the_deadline()
    {
        var due = At(2025, 11, 25, 18, 0);

        Assert.Equal(DeadlineUrgency.OnTrack, Calculator.Urgency(At(2025, 11, 24, 18, 0), due));
        Assert.Equal(DeadlineUrgency.DueSoon, Calculator.Urgency(At(2025, 11, 25, 9, 1), due));
        Assert.Equal(DeadlineUrgency.DueSoon, Calculator.Urgency(due, due));
        Assert.Equal(DeadlineUrgency.Overdue, Calculator.Urgency(At(2025, 11, 25, 18, 1), due));
    }

    [Fact]
    public void Utc_input_is_rejected_to_catch_missing_conversion()
    {
        Assert.Throws<ArgumentException>(() => Calculator.DueAt(DateTime.UtcNow, ThreeHours));
    }

    [Fact]
    public void An_empty_period_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Calculator.DueAt(At(2025, 11, 25, 9, 0), default));
    }
}
