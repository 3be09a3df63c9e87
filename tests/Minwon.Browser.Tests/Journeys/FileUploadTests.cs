using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>
/// The attachment picker speaks the page's language (the browser's own button and "no file chosen" do not), lists the
/// chosen files, and a file removed from the list is not sent.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FileUploadTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Theory]
    [InlineData("ko", "파일 선택", "선택한 파일이 없습니다.", "삭제")]
    [InlineData("en", "Choose files", "No file chosen.", "Remove")]
    public async Task The_picker_lists_the_chosen_files_and_a_removed_one_is_not_sent(string code, string choose, string none, string remove)
    {
        var lang = code == "en" ? Lang.English : Lang.Korean;
        var form = new ComplaintFormPage(Page, lang);
        await form.OpenAsync();
        var files = Page.Locator("#Attachments-files");
        await Assertions.Expect(Page.Locator("label.mw-upload-button")).ToHaveTextAsync(choose);
        await Assertions.Expect(files).ToHaveTextAsync(none);

        await form.Attachments.SetInputFilesAsync([
            new FilePayload { Name = "street-before.png", MimeType = "image/png", Buffer = TestPng.Create(16) },
            new FilePayload { Name = "street-after.png", MimeType = "image/png", Buffer = TestPng.Create(24, 0x10, 0x80, 0x20) },
        ]);
        await Assertions.Expect(files.Locator("li")).ToHaveCountAsync(2);
        await Assertions.Expect(files).ToContainTextAsync("street-before.png (1 KB)");
        await ScreenshotAsync($"{code}-two-files");
        await Page.GetByRole(AriaRole.Button, new() { Name = $"{remove}: street-before.png", Exact = true }).ClickAsync();
        await Assertions.Expect(files.Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(files).Not.ToContainTextAsync("street-before.png");

        var title = $"첨부 목록 {Guid.NewGuid():N}"[..16];
        await ComplaintFormPage.CheckByLabelAsync(form.Type);
        await form.Category.SelectOptionAsync(new SelectOptionValue { Label = lang.CategoryName });
        await form.Title.FillAsync(title);
        await form.Body.FillAsync("가로등 교체 전후 사진을 첨부합니다.");
        await form.Name.FillAsync("김첨부");
        await form.Phone.FillAsync("010-2468-1357");
        await ComplaintFormPage.CheckByLabelAsync(form.Consent);
        await form.Submit.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = lang.Received })).ToBeVisibleAsync();

        var sent = await Browser.App.ExecuteDbContextAsync(db => db.Attachments.Where(a => db.Complaints.Any(c => c.Id == a.ComplaintId && c.Title == title))
            .Select(a => a.FileName).ToListAsync());
        Assert.Equal(["street-after.png"], sent);
    }
}
