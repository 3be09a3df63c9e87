namespace Minwon.Core.Deadlines;

/// <summary>
/// A processing period (처리기간). Periods of 5 days or less are counted in working hours (1 day = 8 working hours);
/// longer ones are counted in working days with the first day included.
/// </summary>
public readonly record struct ProcessingPeriod
{
    public const int HoursPerDay = 8;
    public const int MaxDaysCountedInHours = 5;
    public const int MaxDays = 3650;

    private ProcessingPeriod(int workingHours, bool countsInHours)
    {
        WorkingHours = workingHours;
        CountsInHours = countsInHours;
    }

    /// <summary>Length in working hours (days × 8 for a period given in days).</summary>
    public int WorkingHours { get; }

    public bool CountsInHours { get; }

    /// <summary>Length in days; a period given in hours is rounded up to whole days.</summary>
    public int Days => (WorkingHours + HoursPerDay - 1) / HoursPerDay;

    public static ProcessingPeriod OfDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        return new ProcessingPeriod(days * HoursPerDay, days <= MaxDaysCountedInHours);
    }

    public static ProcessingPeriod OfWorkingHours(int hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hours);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hours, MaxDays * HoursPerDay);
        return new ProcessingPeriod(hours, countsInHours: true);
    }

    public override string ToString() => CountsInHours ? $"{WorkingHours} working hours" : $"{Days} days";
}
