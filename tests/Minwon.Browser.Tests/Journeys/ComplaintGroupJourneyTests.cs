using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Core.Complaints;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// Complaints by many (Art. 24) in a browser, once per language: five parents file the same request, the officer finds
/// the others on one complaint's page, groups them and sends one answer from the group's page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComplaintGroupJourneyTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    sealed record Labels(string GroupTitle, string Group, string OpenGroup, string AnswerText, string SendToAll, string AllAnswered);

    static readonly Labels Ko = new("묶음 제목", "다수인관련민원으로 묶기", "묶음 보기 · 한꺼번에 답변", "답변 내용", "한꺼번에 답변 발송", "묶인 민원에 모두 답변했습니다.");
    static readonly Labels En = new("Group title", "Group as a joint complaint", "Open the group · answer all at once", "Answer text",
        "Send the answer to all", "Every complaint in the group has been answered.");

    [Fact]
    public Task Korean_officer_groups_five_parents_and_answers_them_at_once() => JourneyAsync(Lang.Korean, Ko);

    [Fact]
    public Task English_officer_groups_five_parents_and_answers_them_at_once() => JourneyAsync(Lang.English, En);

    async Task JourneyAsync(Lang lang, Labels labels, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
            ids.Add(await FileAsync($"{marker} 어린이공원 앞 도로에 과속 차량이 많아 아이들이 위험합니다. 과속 단속 카메라와 과속방지턱을 설치해 주세요." + (i % 2 == 0 ? "" : " 부탁드립니다.")));
        var page = await NewPageAsync(lang.Code == "en" ? "en-US" : "ko-KR");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();   // "send the same answer to 5 complaints?"
        await new StaffPages(page, lang).LoginAsync("officer@minwon.local", DemoSeeder.Password);

        // 1. One complaint's page lists the other four, checked, and groups them under a title.
        await StepAsync("01-similar", async () =>
        {
            await page.GotoAsync($"/staff/complaints/{ids[0]}");
            foreach (var other in ids.Skip(1)) await Assertions.Expect(page.Locator($"#group-member-{other}")).ToBeCheckedAsync();
            await page.GetByLabel(labels.GroupTitle, new() { Exact = true }).FillAsync($"어린이공원 과속 {marker}");
        }, page, test);
        await StepAsync("02-grouped", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = labels.Group, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = labels.OpenGroup, Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#group-members tbody tr")).ToHaveCountAsync(5);
        }, page, test);

        // 2. One answer for all five.
        await StepAsync("03-answered", async () =>
        {
            await page.GetByLabel(labels.AnswerText, new() { Exact = true }).FillAsync("다음 달까지 과속방지턱을 설치하고 단속 카메라 설치를 경찰서에 요청했습니다.");
            await page.GetByRole(AriaRole.Button, new() { Name = labels.SendToAll, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByText(labels.AllAnswered)).ToBeVisibleAsync();
            var states = await Browser.App.ExecuteDbContextAsync(db => db.Complaints.Where(c => ids.Contains(c.Id)).Select(c => c.Status).ToListAsync());
            Assert.All(states, s => Assert.Equal(ComplaintStatus.Answered, s));
        }, page, test);
    }

    async Task<long> FileAsync(string body)
    {
        using var client = new HttpClient { BaseAddress = Browser.BaseAddress };
        var category = await Browser.App.ExecuteDbContextAsync(db => db.Categories.Where(c => c.Department!.Code == "ROAD").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var response = await client.PostAsJsonAsync("/api/v1/complaints", new
        {
            type = "Proposal", categoryId = category, title = "어린이공원 앞 과속 방지 시설 요청", body, name = "윤서아",
            phone = $"010-4{Random.Shared.Next(100, 999)}-{Random.Shared.Next(1000, 9999)}", consent = true,
        });
        response.EnsureSuccessStatusCode();
        var receipt = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString()!;
        return ReceiptNumber.TryParse(receipt, out var id, out _) ? id : throw new InvalidOperationException(receipt);
    }
}
