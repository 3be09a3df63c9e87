using System.Net;
using System.Text.RegularExpressions;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Staff;

/// <summary>
/// A failed action on the complaint page marks the field that was wrong (aria-invalid) and ties its error line to it
/// (aria-describedby, next to the field's hint), so a screen reader says what to fix when it reaches the field.
/// </summary>
public abstract class ComplaintFormErrorTests(MinwonApp app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("Question", "Transfer", "TransferDepartmentId", "transfer_DepartmentId-error", "이송할 부서를 선택해 주세요.")]
    [InlineData("Question", "Close", "CloseReason", "close_Reason-error", "답변 없이 종결하려면 사유를 입력해 주세요.")]
    [InlineData("Question", "Extend", "ExtendDays", "extend_Days-error", "연장할 기간을 입력해 주세요.")]
    // 기타민원 (3 working hours) is extended in hours: the error belongs to the hours field.
    [InlineData("Other", "Extend", "ExtendHours", "extend_Hours-error", "연장할 기간을 입력해 주세요.")]
    public async Task The_wrong_field_is_marked_and_described_by_its_error(string type, string handler, string field, string errorId, string message)
    {
        await EnsureStaffAsync(App);
        var complaint = NewComplaint(await CategoryOfAsync(App, "ROAD"));
        complaint["type"] = type;
        var id = ComplaintId(await FileAsync(Client, complaint));
        using var officer = await StaffCookieClientAsync(App, Officer);
        var page = $"/staff/complaints/{id}";
        var empty = handler == "Extend" ? new KeyValuePair<string, string>[] { new(field, ""), new("ExtendReason", "현장 확인이 필요합니다.") } : [];

        var response = await PostFormAsync(officer, page, empty, $"{page}?handler={handler}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var tag = Regex.Match(html, $"<(?:select|textarea|input)[^>]*id=\"{field}\"[^>]*>").Value;
        Assert.Contains("aria-invalid=\"true\"", tag);
        Assert.Matches($"aria-describedby=\"[^\"]*\\b{errorId}\\b", tag);
        Assert.Matches($"id=\"{errorId}\"[^>]*>{Regex.Escape(message)}<", html);
        var untouched = Regex.Match(html, "<textarea[^>]*id=\"Answer\"[^>]*>").Value;
        Assert.DoesNotContain("aria-invalid", untouched);
    }
}

[Collection(Collections.Sqlite)]
public sealed class ComplaintFormErrorSqliteTests(SqliteApp app) : ComplaintFormErrorTests(app);

[Collection(Collections.Postgres)]
public sealed class ComplaintFormErrorPostgresTests(PostgresApp app) : ComplaintFormErrorTests(app);
