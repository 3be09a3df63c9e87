namespace Minwon.Core.Deadlines;

/// <summary>
/// Computes processing deadlines in KST wall-clock time (Kind=Unspecified). Working hours are 09:00–12:00 and
/// 13:00–18:00 on working days of the <see cref="WorkCalendar"/>.
/// </summary>
public sealed class DeadlineCalculator(WorkCalendar calendar)
{
    public static readonly TimeOnly EndOfWorkingDay = new(18, 0);

    private static readonly (TimeOnly Start, TimeOnly End)[] Sessions =
    [
        (new TimeOnly(9, 0), new TimeOnly(12, 0)),
        (new TimeOnly(13, 0), EndOfWorkingDay),
    ];

    private readonly WorkCalendar _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>
    /// Hours mode counts working hours from the moment of receipt. Days mode counts working days with the receipt
    /// day as day 1 when it is a working day (otherwise the next working day), due at 18:00 of the last day.
    /// </summary>
    public DateTime DueAt(DateTime receivedKst, ProcessingPeriod period)
    {
        var received = AsKst(receivedKst, nameof(receivedKst));
        EnsureNotEmpty(period, nameof(period));
        return period.CountsInHours
            ? AddWorkingHours(received, period.WorkingHours)
            : EndOfNthWorkingDay(DateOnly.FromDateTime(received), period.Days);
    }

    /// <summary>
    /// The new deadline after an extension, counted from the current deadline: hours from the due moment,
    /// or days starting the day after the current due date (its day is already used up).
    /// </summary>
    public DateTime Extend(DateTime currentDueKst, ProcessingPeriod extension)
    {
        var due = AsKst(currentDueKst, nameof(currentDueKst));
        EnsureNotEmpty(extension, nameof(extension));
        return extension.CountsInHours
            ? AddWorkingHours(due, extension.WorkingHours)
            : EndOfNthWorkingDay(DateOnly.FromDateTime(due).AddDays(1), extension.Days);
    }

    /// <summary>An extension is allowed once and may not be longer than the original period.</summary>
    public static bool IsValidExtension(ProcessingPeriod original, ProcessingPeriod extension) =>
        extension.WorkingHours > 0 && extension.WorkingHours <= original.WorkingHours;

    /// <summary>Working hours between two KST moments; negative when <paramref name="toKst"/> is earlier.</summary>
    public double WorkingHoursBetween(DateTime fromKst, DateTime toKst)
    {
        var from = AsKst(fromKst, nameof(fromKst));
        var to = AsKst(toKst, nameof(toKst));
        if (to < from)
        {
            return -WorkingHoursBetween(to, from);
        }

        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(from); day <= DateOnly.FromDateTime(to); day = day.AddDays(1))
        {
            if (!_calendar.IsWorkingDay(day))
            {
                continue;
            }
            foreach (var (start, end) in Sessions)
            {
                var overlapStart = Max(day.ToDateTime(start), from);
                var overlapEnd = Min(day.ToDateTime(end), to);
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                }
            }
        }
        return total.TotalHours;
    }

    /// <summary>Overdue once the deadline has passed; due soon when less than one working day (8 h) is left.</summary>
    public DeadlineUrgency Urgency(DateTime nowKst, DateTime dueKst)
    {
        if (AsKst(nowKst, nameof(nowKst)) > AsKst(dueKst, nameof(dueKst)))
        {
            return DeadlineUrgency.Overdue;
        }
        return WorkingHoursBetween(nowKst, dueKst) < ProcessingPeriod.HoursPerDay
            ? DeadlineUrgency.DueSoon
            : DeadlineUrgency.OnTrack;
    }

    /// <summary>Ends exactly at a session end (12:00, 18:00) rather than rolling over to the next session.</summary>
    private DateTime AddWorkingHours(DateTime start, int hours)
    {
        var remaining = TimeSpan.FromHours(hours);
        var cursor = start;
        for (var day = DateOnly.FromDateTime(start); ; day = day.AddDays(1))
        {
            if (!_calendar.IsWorkingDay(day))
            {
                continue;
            }
            foreach (var (startTime, endTime) in Sessions)
            {
                var sessionEnd = day.ToDateTime(endTime);
                if (cursor >= sessionEnd)
                {
                    continue;
                }
                var from = Max(day.ToDateTime(startTime), cursor);
                var available = sessionEnd - from;
                if (remaining <= available)
                {
                    return from + remaining;
                }
                remaining -= available;
                cursor = sessionEnd;
            }
        }
    }

    private DateTime EndOfNthWorkingDay(DateOnly firstCandidate, int n)
    {
        var day = firstCandidate;
        var counted = 0;
        while (true)
        {
            if (_calendar.IsWorkingDay(day) && ++counted == n)
            {
                return day.ToDateTime(EndOfWorkingDay);
            }
            day = day.AddDays(1);
        }
    }

    private static DateTime AsKst(DateTime value, string paramName)
    {
        if (value.Kind == DateTimeKind.Utc)
        {
            throw new ArgumentException("Expected KST wall-clock time; convert with KoreaTime.ToKst first.", paramName);
        }
        return DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
    }

    private static void EnsureNotEmpty(ProcessingPeriod period, string paramName)
    {
        if (period.WorkingHours <= 0)
        {
            throw new ArgumentException("The processing period must be positive.", paramName);
        }
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
