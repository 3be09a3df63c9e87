using System.Net;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Staff;

/// <summary>
/// An administrator adds a substitute holiday (it then counts in deadlines); a form with a missing name or a bad date
/// says what is wrong and stores nothing. Dates far in the future, so the deadlines of other tests are not moved.
/// </summary>
public abstract class HolidayAdminTests(MinwonApp app) : IntegrationTest(app)
{
    const string Page = "/staff/admin/holidays";

    [Fact]
    public async Task An_admin_adds_a_holiday_and_a_bad_form_stores_nothing()
    {
        await EnsureStaffAsync(App);
        using var admin = await StaffCookieClientAsync(App, Admin);
        var date = new DateOnly(2040, 1, 1).AddDays(Random.Shared.Next(30, 330));
        var iso = date.ToString("yyyy-MM-dd");
        async Task<int> StoredAsync() => await App.ExecuteDbContextAsync(db => db.AdminHolidays.CountAsync(h => h.Date == date));

        var nameless = await PostFormAsync(admin, Page, [new("Date", iso), new("Name", "  ")], Page + "?handler=Add");
        Assert.Equal(HttpStatusCode.OK, nameless.StatusCode);
        var html = WebUtility.HtmlDecode(await nameless.Content.ReadAsStringAsync());
        Assert.Contains("휴일 이름을 입력해 주세요.", html);
        Assert.DoesNotContain("50자 이내", html);

        var badDate = await PostFormAsync(admin, Page, [new("Date", "2040-13-01"), new("Name", "임시공휴일")], Page + "?handler=Add");
        Assert.Contains("날짜를 YYYY-MM-DD 형식으로 입력해 주세요.", WebUtility.HtmlDecode(await badDate.Content.ReadAsStringAsync()));
        Assert.Equal(0, await StoredAsync());

        var added = await PostFormAsync(admin, Page, [new("Date", iso), new("Name", "임시공휴일")], Page + "?handler=Add");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(1, await StoredAsync());
        Assert.Contains(iso, await added.Content.ReadAsStringAsync());
    }
}

[Collection(Collections.Sqlite)]
public sealed class HolidayAdminSqliteTests(SqliteApp app) : HolidayAdminTests(app);

[Collection(Collections.Postgres)]
public sealed class HolidayAdminPostgresTests(PostgresApp app) : HolidayAdminTests(app);
