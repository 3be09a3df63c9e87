using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Minwon.Web.Tests.Infrastructure;
using static Minwon.Web.Tests.Infrastructure.ComplaintTestKit;

namespace Minwon.Web.Tests.Complaints;

/// <summary>
/// After a failed post, each citizen form links every error to its field (aria-describedby), so a screen reader reads
/// the message with the field; the summary counts the problems in the page's language.
/// </summary>
public abstract partial class PortalFormErrorsTests(MinwonApp app) : IntegrationTest(app)
{
    /// <summary>The ids an element's aria-describedby names (empty when it has none).</summary>
    static string[] DescribedBy(string html, string id)
    {
        var tag = Regex.Match(html, $"<(?:input|textarea|select|fieldset)\\b[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>");
        Assert.True(tag.Success, $"no field #{id} on the page");
        var described = Regex.Match(tag.Value, "aria-describedby=\"([^\"]*)\"");
        return described.Success ? described.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
    }

    static void AssertLinked(string html, string fieldId, string errorId)
    {
        Assert.Contains($"id=\"{errorId}\"", html);
        Assert.Contains(errorId, DescribedBy(html, fieldId));
    }

    [Fact]
    public async Task Track_errors_are_linked_to_their_fields()
    {
        var response = await PostFormAsync(Client, "/track", [new("Receipt", ""), new("Verification", "")]);
        var html = await response.Content.ReadAsStringAsync();

        AssertLinked(html, "Receipt", "Receipt-error");
        AssertLinked(html, "Verification", "Verification-error");
        Assert.Contains("Verification-hint", DescribedBy(html, "Verification"));
    }

    [Fact]
    public async Task My_complaints_errors_are_linked_to_their_fields()
    {
        var response = await PostFormAsync(Client, "/my", [new("Contact", "")]);
        AssertLinked(await response.Content.ReadAsStringAsync(), "Contact", "Contact-error");

        var codeStep = await PostFormAsync(Client, "/my", [new("Contact", "010-2345-6789"), new("Code", "")], "/my?handler=Open");
        var html = await codeStep.Content.ReadAsStringAsync();
        AssertLinked(html, "Code", "Code-error");
        Assert.Contains("Code-hint", DescribedBy(html, "Code"));
    }

    [Fact]
    public async Task The_missing_complaint_type_is_linked_to_its_group()
    {
        var response = await PostFormAsync(Client, "/complaints/new", [new("Input.Title", "제목")]);
        var html = await response.Content.ReadAsStringAsync();

        AssertLinked(html, "Input_Type_group", "Input_Type-error");
    }

    [Fact]
    public async Task Recommendation_errors_are_linked_to_their_fields()
    {
        var response = await PostFormAsync(Client, "/proactive/recommend", [new("Input.Title", "제목")]);
        var html = await response.Content.ReadAsStringAsync();

        AssertLinked(html, "Input_Kind", "Input_Kind-error");
        AssertLinked(html, "Input_DepartmentId", "Input_DepartmentId-error");
        AssertLinked(html, "Input_Consent", "Input_Consent-error");
        AssertLinked(html, "Input_Description", "Input_Description-error");
    }

    [Fact]
    public async Task The_required_department_of_a_recommendation_is_not_offered_as_optional_in_English()
    {
        var html = await Client.GetStringAsync("/proactive/recommend?culture=en");

        // "선택" is both "choose" and "optional"; its English entry is the latter, wrong for an empty choice.
        var empty = Regex.Match(html, "<select id=\"Input_DepartmentId\"[^>]*>\\s*<option value=\"\">([^<]*)</option>");
        Assert.True(empty.Success, "no empty choice in the department select");
        Assert.Equal("Choose a department.", empty.Groups[1].Value);
    }

    [Fact]
    public async Task Error_pages_keep_the_language_asked_for_in_the_address()
    {
        var response = await Client.GetAsync("/no-such-page?culture=en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Page not found.", html);
    }

    [Fact]
    public async Task A_vote_without_a_chosen_case_links_the_error_to_the_candidates()
    {
        var period = await Proactive.ProactiveTestKit.PeriodAsync(App);
        await Proactive.ProactiveTestKit.EligibleAsync(App, period.Id);
        await Proactive.ProactiveTestKit.VoteWindowAsync(App, period.Id, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddDays(7));

        var response = await PostFormAsync(Client, "/proactive/vote",
            [new("Name", "최투표"), new("Phone", Proactive.ProactiveTestKit.NewMobile())], "/proactive/vote?handler=SendCode");
        var html = await response.Content.ReadAsStringAsync();

        AssertLinked(html, "RecommendationId", "RecommendationId-error");
    }

    [Fact]
    public async Task Rating_errors_are_linked_to_their_fields()
    {
        await EnsureStaffAsync(App);
        var receipt = await FileAsync(Client, NewComplaint(await CategoryOfAsync(App, "ROAD"), phone: "010-5555-4321"));
        var supervisor = await StaffClientAsync(App, "supervisor@minwon.local");
        (await supervisor.PostAsJsonAsync($"/api/v1/staff/complaints/{ComplaintId(receipt)}/answer",
            new { text = "현장을 확인하고 가로등을 교체했습니다. 불편을 드려 죄송합니다." })).EnsureSuccessStatusCode();

        // No score chosen; then a score with a comment over the limit.
        var noScore = await PostFormAsync(Client, $"/track?receipt={receipt}",
            [new("Receipt", receipt), new("Verification", "4321")], "/track?handler=Rate");
        AssertLinked(await noScore.Content.ReadAsStringAsync(), "Rating", "Rating-error");

        var longComment = await PostFormAsync(Client, $"/track?receipt={receipt}",
            [new("Receipt", receipt), new("Verification", "4321"), new("Rating", "5"), new("Comment", new string('가', 1001))], "/track?handler=Rate");
        AssertLinked(await longComment.Content.ReadAsStringAsync(), "Comment", "Comment-error");
    }

    [Fact]
    public async Task The_English_error_summary_counts_in_plain_English()
    {
        var response = await PostFormAsync(Client, "/track?culture=en", [new("Receipt", ""), new("Verification", "")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Please check what you entered: 2 problem(s).", html);
        Assert.DoesNotContain("problems)", html);
    }
}

[Collection(Collections.Sqlite)]
public sealed class PortalFormErrorsSqliteTests(SqliteApp app) : PortalFormErrorsTests(app);

[Collection(Collections.Postgres)]
public sealed class PortalFormErrorsPostgresTests(PostgresApp app) : PortalFormErrorsTests(app);
