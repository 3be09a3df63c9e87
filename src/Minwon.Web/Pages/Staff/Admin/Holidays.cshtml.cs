using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Deadlines;
using Minwon.Web.Calendar;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff.Admin;

/// <summary>
/// Temporary and election holidays (임시공휴일) that the administrator declares; they never count toward a deadline.
/// A change applies to deadlines computed from then on; deadlines already set stay as they were notified.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public class HolidaysModel(AppDbContext db, IStringLocalizer<SharedResource> L, TimeProvider clock) : PageModel
{
    [TempData] public string? Message { get; set; }
    public List<AdminHoliday> Declared { get; private set; } = [];
    public IReadOnlyList<PublicHoliday> Public { get; private set; } = [];
    public int Year { get; private set; }
    public List<string> Errors { get; } = [];

    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? Name { get; set; }

    public async Task OnGetAsync(int? year) => await LoadAsync(year);

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year < KoreanPublicHolidays.MinYear || date.Year > KoreanPublicHolidays.MaxYear)
            Errors.Add(L["날짜를 YYYY-MM-DD 형식으로 입력해 주세요."]);
        if (string.IsNullOrWhiteSpace(Name)) Errors.Add(L["휴일 이름을 입력해 주세요."]);
        else if (Name.Trim().Length > 50) Errors.Add(L["휴일 이름을 50자 이내로 입력해 주세요."]);
        if (Errors.Count == 0 && await db.AdminHolidays.AnyAsync(h => h.Date == date)) Errors.Add(L["이미 등록된 날짜입니다."]);
        if (Errors.Count > 0)
        {
            await LoadAsync(date.Year > 1 ? date.Year : null);
            return Page();
        }
        db.AdminHolidays.Add(new AdminHoliday { Date = date, Name = Name!.Trim() });
        await db.SaveChangesAsync();
        Message = L["임시공휴일을 등록했습니다. 앞으로 계산하는 처리기한에 반영됩니다."];
        return RedirectToPage(new { year = date.Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        var holiday = await db.AdminHolidays.FindAsync(id);
        if (holiday is not null)
        {
            db.AdminHolidays.Remove(holiday);
            await db.SaveChangesAsync();
            Message = L["임시공휴일을 삭제했습니다."];
        }
        return RedirectToPage(new { year = holiday?.Date.Year });
    }

    async Task LoadAsync(int? year)
    {
        Year = year is >= 2000 and <= 2050 ? year.Value : KoreaTime.ToKst(clock.GetUtcNow().UtcDateTime).Year;
        Public = KoreanPublicHolidays.For(Year);
        var from = new DateOnly(Year, 1, 1);
        var to = new DateOnly(Year, 12, 31);
        Declared = await db.AdminHolidays.Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date).ToListAsync();
    }
}
