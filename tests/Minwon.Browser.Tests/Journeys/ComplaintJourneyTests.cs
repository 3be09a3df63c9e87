using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Minwon.Web.Seeding;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// The whole lifecycle in a browser, once per language: a citizen files a complaint with an attachment, the road
/// officer finds it in the queue, assigns it, drafts and sends an answer, and the citizen reads it under the
/// handler's public alias and rates it. Each step leaves a screenshot under TestResults/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComplaintJourneyTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    const string Officer = "officer@minwon.local";

    [Fact]
    public Task Korean_citizen_files_officer_answers_citizen_rates() => JourneyAsync(Lang.Korean,
        title: "횡단보도 앞 포트홀 보수 요청",
        body: "한빛로 45 횡단보도 바로 앞에 지름 30cm 정도의 구멍이 생겼습니다.\n비 오는 날에는 물이 고여 보이지 않아 위험합니다.",
        name: "김민원", answer: "신고해 주신 포트홀은 현장을 확인한 뒤 11월 25일에 보수를 마쳤습니다. 불편을 드려 죄송합니다.",
        comment: "빠르게 고쳐 주셔서 감사합니다.");

    [Fact]
    public Task English_citizen_files_officer_answers_citizen_rates() => JourneyAsync(Lang.English,
        title: "Pothole in front of the crossing",
        body: "There is a pothole about 30 cm wide right in front of the crossing at 45 Hanbit-ro.\nIt fills with water when it rains.",
        name: "Alex Kim", answer: "We inspected the site and repaired the pothole on 25 November. We are sorry for the trouble.",
        comment: "Fixed quickly, thank you.");

    async Task JourneyAsync(Lang lang, string title, string body, string name, string answer, string comment,
        [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var suffix = Random.Shared.Next(1000, 10000).ToString();
        var phone = $"010-2611-{suffix}";
        var email = $"citizen-{lang.Code}-{suffix}@example.com";
        var officer = await Browser.App.ExecuteDbContextAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == Officer));
        Assert.False(string.IsNullOrWhiteSpace(officer.RealName));
        Assert.False(string.IsNullOrWhiteSpace(officer.PublicAlias));
        Output.WriteLine($"Officer: alias {officer.PublicAlias}");

        // 1. The citizen fills in the form.
        var form = new ComplaintFormPage(Page, lang);
        await StepAsync("01-file-form", async () =>
        {
            await form.OpenAsync();
            await ComplaintFormPage.CheckByLabelAsync(form.Type);
            await form.Category.SelectOptionAsync(new SelectOptionValue { Label = lang.CategoryName });
            await form.Title.FillAsync(title);
            await form.Body.FillAsync(body);
            await form.Attachments.SetInputFilesAsync(new FilePayload { Name = "pothole.png", MimeType = "image/png", Buffer = TestPng.Create() });
            await form.Name.FillAsync(name);
            await form.Phone.FillAsync(phone);
            await form.Email.FillAsync(email);
            await ComplaintFormPage.CheckByLabelAsync(form.Consent);
        }, test: test);

        // 2. Filing it answers with a receipt number at once.
        var receipt = "";
        await StepAsync("02-receipt", async () =>
        {
            await form.Submit.ClickAsync();
            await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = lang.Received })).ToBeVisibleAsync();
            receipt = (await Page.Locator("#receipt-number").InnerTextAsync()).Trim();
            Assert.Matches(@"^MW-\d{4}-\d{6}$", receipt);
            Output.WriteLine($"Receipt: {receipt}");
        }, test: test);

        // 3. The officer signs in (in the same language) and finds it in the department queue.
        var staffPage = await NewPageAsync(lang.Code == "en" ? "en-US" : "ko-KR");
        var staff = new StaffPages(staffPage, lang);
        ILocator row = null!;
        await StepAsync("03-queue", async () =>
        {
            await staff.LoginAsync(Officer, DemoSeeder.Password);
            row = await staff.FindInQueueAsync(receipt, lang.CategoryName);
            await Assertions.Expect(row).ToBeVisibleAsync();
        }, staffPage, test);

        // 4. Opens it, assigns it to self and saves a draft answer.
        await StepAsync("04-complaint", async () =>
        {
            await row.ClickAsync();
            await Assertions.Expect(staffPage.Locator("#receipt-number")).ToHaveTextAsync(receipt);
            await Assertions.Expect(staffPage.Locator("#complaint-title")).ToHaveTextAsync(title);
            await Assertions.Expect(staffPage.Locator("#attachments")).ToContainTextAsync("pothole.png");
            await staff.AssignToSelfAsync();
            await Assertions.Expect(staffPage.Locator("#complaint-assignee")).ToContainTextAsync(lang.Alias(officer.PublicAlias));
            await staff.SaveDraftAsync(answer + " (draft)");
        }, staffPage, test);

        // 5. Sends the answer.
        await StepAsync("05-answered", () => staff.SendAnswerAsync(answer), staffPage, test);

        // 6. The citizen follows the receipt link to tracking and reads the answer under the handler's public alias.
        var track = new TrackPage(Page, lang);
        await StepAsync("06-track", async () =>
        {
            // The citizen's page is still on the receipt; its own "track" button (not the header menu's) carries the number.
            var trackLink = Page.Locator("#track-link");
            await Assertions.Expect(trackLink).ToHaveTextAsync(lang.TrackLink);
            await trackLink.ClickAsync();
            await Assertions.Expect(Page.GetByLabel(lang.Receipt, new() { Exact = true })).ToHaveValueAsync(receipt);
            await track.LookUpAsync(receipt, suffix);
            await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", lang.Code);
            await Assertions.Expect(Page.Locator("#complaint-handler")).ToHaveTextAsync(lang.Alias(officer.PublicAlias));
            await Assertions.Expect(Page.Locator("#answer")).ToContainTextAsync(answer);
            await Assertions.Expect(Page.Locator("#answer")).ToContainTextAsync(string.Format(lang.AnsweredBy, lang.Alias(officer.PublicAlias)));
            await Assertions.Expect(Page.Locator("#attachments")).ToContainTextAsync("pothole.png");
            Assert.DoesNotContain("(draft)", await Page.ContentAsync());
            Assert.DoesNotContain(officer.RealName, await Page.ContentAsync());
        }, test: test);

        // 7. Rates it 5 with a comment; the rating shows as recorded, still without the real name.
        await StepAsync("07-rated", async () =>
        {
            await track.RateAsync(lang.RatingFive, comment);
            await Assertions.Expect(Page.GetByText(lang.RatingRecorded)).ToBeVisibleAsync();
            await Assertions.Expect(Page.Locator("#rating-result")).ToContainTextAsync(lang.FivePoints);
            await Assertions.Expect(Page.Locator("#rating-result")).ToContainTextAsync(comment);
            await Assertions.Expect(Page.Locator("#rating-form")).ToHaveCountAsync(0);
            Assert.DoesNotContain(officer.RealName, await Page.ContentAsync());
        }, test: test);
    }
}
