using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;
using Minwon.Web.Data;

namespace Minwon.Web.Calendar;

/// <summary>Applies the legal counting rules with the administrator's temporary holidays; all times in and out are UTC.</summary>
public sealed class DeadlineService(AppDbContext db)
{
    DeadlineCalculator? calculator;

    async Task<DeadlineCalculator> CalculatorAsync(CancellationToken ct)
    {
        if (calculator is not null) return calculator;
        var extra = await db.AdminHolidays.Select(h => h.Date).ToListAsync(ct);
        return calculator = new DeadlineCalculator(new WorkCalendar(extra));
    }

    public async Task<ProcessingPeriod> PeriodForAsync(Complaint c, CancellationToken ct)
    {
        if (c.Type != ComplaintType.Statutory) return DefaultPeriods.For(c.Type);
        var days = c.StatutoryService?.ProcessingDays
            ?? await db.StatutoryServices.Where(s => s.Id == c.StatutoryServiceId).Select(s => s.ProcessingDays).FirstAsync(ct);
        return ProcessingPeriod.OfDays(days);
    }

    public async Task<DateTime> DueAtAsync(DateTime startUtc, ProcessingPeriod period, CancellationToken ct)
    {
        var calc = await CalculatorAsync(ct);
        return KoreaTime.ToUtc(calc.DueAt(KoreaTime.ToKst(startUtc), period));
    }

    public async Task<DateTime> ExtendAsync(DateTime dueUtc, ProcessingPeriod extension, CancellationToken ct)
    {
        var calc = await CalculatorAsync(ct);
        return KoreaTime.ToUtc(calc.Extend(KoreaTime.ToKst(dueUtc), extension));
    }

    /// <summary>Working hours left until the deadline (negative when overdue).</summary>
    public async Task<double> WorkingHoursLeftAsync(DateTime nowUtc, DateTime dueUtc, CancellationToken ct)
    {
        var calc = await CalculatorAsync(ct);
        return calc.WorkingHoursBetween(KoreaTime.ToKst(nowUtc), KoreaTime.ToKst(dueUtc));
    }
}
