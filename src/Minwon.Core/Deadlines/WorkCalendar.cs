using System.Collections.Concurrent;

namespace Minwon.Core.Deadlines;

/// <summary>Which days public offices work: not Saturdays, Sundays, public holidays or administrator-added holidays.</summary>
public sealed class WorkCalendar
{
    private readonly HashSet<DateOnly> _extraHolidays;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidaysByYear = new();

    /// <param name="extraHolidays">Temporary and election holidays added by an administrator.</param>
    public WorkCalendar(IEnumerable<DateOnly> extraHolidays)
    {
        ArgumentNullException.ThrowIfNull(extraHolidays);
        _extraHolidays = [.. extraHolidays];
    }

    public WorkCalendar()
        : this([])
    {
    }

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>True for public holidays and administrator-added holidays (weekends are not holidays by themselves).</summary>
    public bool IsHoliday(DateOnly date) =>
        _extraHolidays.Contains(date) || HolidaysOf(date.Year).Contains(date);

    private HashSet<DateOnly> HolidaysOf(int year) =>
        _holidaysByYear.GetOrAdd(year, y => [.. KoreanPublicHolidays.For(y).Select(h => h.Date)]);
}
