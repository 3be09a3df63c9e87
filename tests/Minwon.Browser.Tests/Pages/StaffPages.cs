using Microsoft.Playwright;
using Minwon.Browser.Tests.Journeys;

namespace Minwon.Browser.Tests.Pages;

/// <summary>The staff login, queue and complaint pages, reached by their labels in the given language.</summary>
public sealed class StaffPages(IPage page, Lang lang)
{
    /// <summary>Signs in and waits for the landing page: the queue for officers, the alerts for the safety team and agents.</summary>
    public async Task LoginAsync(string email, string password, string landing = "/staff/queue")
    {
        await page.GotoAsync("/staff/login");
        await ComplaintFormPage.SwitchLanguageAsync(page, lang);
        await page.GetByLabel(lang.StaffEmail, new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(lang.StaffPassword, new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = lang.SignIn, Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**{landing}**");
    }

    /// <summary>Filters the queue to unassigned complaints of a category and pages on until the receipt's row shows.</summary>
    public async Task<ILocator> FindInQueueAsync(string receipt, string category)
    {
        await page.GetByLabel(lang.FilterCategory, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = category });
        await page.GetByLabel(lang.FilterAssignee, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = lang.Unassigned });
        await page.GetByRole(AriaRole.Button, new() { Name = lang.Apply, Exact = true }).ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = receipt, Exact = true });
        for (var pages = 0; await link.CountAsync() == 0; pages++)
        {
            var next = page.GetByRole(AriaRole.Link, new() { Name = lang.NextPage, Exact = true });
            if (pages > 50 || await next.CountAsync() == 0) throw new InvalidOperationException($"{receipt} is not in the queue.");
            await next.ClickAsync();
        }
        return link;
    }

    public async Task AssignToSelfAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = lang.AssignButton, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#action-message")).ToBeVisibleAsync();
    }

    public ILocator Answer => page.GetByLabel(lang.AnswerText, new() { Exact = true });

    public async Task SaveDraftAsync(string text)
    {
        await Answer.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = lang.SaveDraft, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#action-message")).ToContainTextAsync(lang.DraftSaved);
        await Assertions.Expect(Answer).ToHaveValueAsync(text);
    }

    public async Task SendAnswerAsync(string text)
    {
        await Answer.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = lang.SendAnswer, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#sent-answer")).ToHaveTextAsync(text);
    }
}
