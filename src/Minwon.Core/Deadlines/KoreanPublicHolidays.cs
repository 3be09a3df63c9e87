using System.Globalization;

namespace Minwon.Core.Deadlines;

/// <summary>
/// Statutory public holidays of Korea (관공서의 공휴일에 관한 규정), including lunar holidays and substitute holidays (대체공휴일).
/// Election days and temporary holidays are announced case by case and are not built in: administrators add them
/// (<see cref="KnownTemporaryHolidays"/> lists recent ones for seeding).
/// </summary>
public static class KoreanPublicHolidays
{
    private static readonly KoreanLunisolarCalendar Lunar = new();

    /// <summary>First year whose holidays can be computed (bounded by <see cref="KoreanLunisolarCalendar"/>).</summary>
    public static int MinYear { get; } = Lunar.MinSupportedDateTime.Year + 1;

    /// <summary>Last year whose holidays can be computed (bounded by <see cref="KoreanLunisolarCalendar"/>).</summary>
    public static int MaxYear { get; } = Lunar.MaxSupportedDateTime.Year - 1;

    public static IReadOnlyList<PublicHoliday> KnownTemporaryHolidays { get; } =
    [
        new(new DateOnly(2024, 4, 10), "제22대 국회의원 선거일", "National Assembly election day"),
        new(new DateOnly(2024, 10, 1), "임시공휴일(국군의 날)", "Temporary holiday (Armed Forces Day)"),
        new(new DateOnly(2025, 1, 27), "임시공휴일", "Temporary holiday"),
        new(new DateOnly(2025, 6, 3), "제21대 대통령 선거일", "Presidential election day"),
    ];

    /// <summary>
    /// The public holidays of <paramref name="year"/>, ordered by date. A date can appear twice when two holidays
    /// coincide (e.g. 어린이날 and 부처님오신날 on 2025-05-05). Sundays are not listed.
    /// </summary>
    public static IReadOnlyList<PublicHoliday> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);

        var baseDays = BaseHolidays(year);
        var substitutes = SubstituteHolidays(baseDays);
        return baseDays.Select(e => e.Holiday)
            .Concat(substitutes)
            .OrderBy(h => h.Date)
            .ToList();
    }

    private static List<Entry> BaseHolidays(int year)
    {
        var seollal = FromLunar(year, 1, 1);
        var buddha = FromLunar(year, 4, 8);
        var chuseok = FromLunar(year, 8, 15);
        var weekendRule = year >= 2021 ? Rule.Weekend : Rule.None;
        var weekendRuleFrom2023 = year >= 2023 ? Rule.Weekend : Rule.None;
        var lunarBlockRule = year >= 2014 ? Rule.LunarBlock : Rule.None;
        var childrensRule = year >= 2014 ? Rule.ChildrensDay : Rule.None;

        return
        [
            new(new(new DateOnly(year, 1, 1), "신정", "New Year's Day"), Rule.None, "신정"),
            new(new(seollal.AddDays(-1), "설날 연휴", "Seollal holiday"), lunarBlockRule, "설날"),
            new(new(seollal, "설날", "Seollal"), lunarBlockRule, "설날"),
            new(new(seollal.AddDays(1), "설날 연휴", "Seollal holiday"), lunarBlockRule, "설날"),
            new(new(new DateOnly(year, 3, 1), "삼일절", "Independence Movement Day"), weekendRule, "삼일절"),
            new(new(new DateOnly(year, 5, 5), "어린이날", "Children's Day"), childrensRule, "어린이날"),
            new(new(buddha, "부처님오신날", "Buddha's Birthday"), weekendRuleFrom2023, "부처님오신날"),
            new(new(new DateOnly(year, 6, 6), "현충일", "Memorial Day"), Rule.None, "현충일"),
            new(new(new DateOnly(year, 8, 15), "광복절", "Liberation Day"), weekendRule, "광복절"),
            new(new(chuseok.AddDays(-1), "추석 연휴", "Chuseok holiday"), lunarBlockRule, "추석"),
            new(new(chuseok, "추석", "Chuseok"), lunarBlockRule, "추석"),
            new(new(chuseok.AddDays(1), "추석 연휴", "Chuseok holiday"), lunarBlockRule, "추석"),
            new(new(new DateOnly(year, 10, 3), "개천절", "National Foundation Day"), weekendRule, "개천절"),
            new(new(new DateOnly(year, 10, 9), "한글날", "Hangul Day"), weekendRule, "한글날"),
            new(new(new DateOnly(year, 12, 25), "성탄절", "Christmas Day"), weekendRuleFrom2023, "성탄절"),
        ];
    }

    /// <summary>
    /// Each trigger yields one substitute: the first weekday after the holiday (after the last day for 설날/추석)
    /// that is not already a holiday. Triggers are resolved in date order so that two substitutes never share a day.
    /// </summary>
    private static List<PublicHoliday> SubstituteHolidays(List<Entry> baseDays)
    {
        var taken = baseDays.Select(e => e.Holiday.Date).ToHashSet();
        var triggers = new List<(DateOnly After, string Group, string GroupEn)>();

        foreach (var group in baseDays.Where(e => e.Rule != Rule.None).GroupBy(e => e.Group))
        {
            var rule = group.First().Rule;
            var count = group.Count(e => Triggers(e, rule, baseDays));
            for (var i = 0; i < count; i++)
            {
                // the group's English name is that of its main day (설날 → Seollal, not "Seollal holiday")
                var main = group.FirstOrDefault(e => e.Holiday.NameKo == group.Key) ?? group.First();
                triggers.Add((group.Max(e => e.Holiday.Date), group.Key, main.Holiday.NameEn));
            }
        }

        var substitutes = new List<PublicHoliday>();
        foreach (var (after, group, groupEn) in triggers.OrderBy(t => t.After))
        {
            var day = after.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }
            taken.Add(day);
            substitutes.Add(new PublicHoliday(day, $"대체공휴일({group})", $"Substitute holiday ({groupEn})"));
        }
        return substitutes;
    }

    private static bool Triggers(Entry entry, Rule rule, List<Entry> all)
    {
        var date = entry.Holiday.Date;
        var overlapsOther = all.Any(o => o.Group != entry.Group && o.Holiday.Date == date);
        return rule switch
        {
            Rule.LunarBlock => date.DayOfWeek == DayOfWeek.Sunday || overlapsOther,
            Rule.ChildrensDay => IsWeekend(date) || overlapsOther,
            Rule.Weekend => IsWeekend(date),
            _ => false,
        };
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Converts a lunar date to the solar calendar; a leap month shifts the index of every later month by one.</summary>
    private static DateOnly FromLunar(int lunarYear, int month, int day)
    {
        var leapMonth = Lunar.GetLeapMonth(lunarYear);
        var monthIndex = leapMonth > 0 && month >= leapMonth ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(lunarYear, monthIndex, day, 0, 0, 0, 0));
    }

    private enum Rule
    {
        None,
        LunarBlock,
        ChildrensDay,
        Weekend,
    }

    private sealed record Entry(PublicHoliday Holiday, Rule Rule, string Group);
}
