using Microsoft.Playwright;
using Minwon.Browser.Tests.Journeys;

namespace Minwon.Browser.Tests.Pages;

/// <summary>/complaints/new, reached by its labels in the given language.</summary>
public sealed class ComplaintFormPage(IPage page, Lang lang)
{
    public ILocator Type => page.GetByLabel(lang.TypeQuestion, new() { Exact = true });
    public ILocator Category => page.GetByLabel(lang.Category);
    public ILocator Title => page.GetByRole(AriaRole.Textbox, new() { NameRegex = lang.Title });
    public ILocator Body => page.GetByRole(AriaRole.Textbox, new() { NameRegex = lang.Body });
    public ILocator Attachments => page.GetByLabel(lang.Attachments);
    public ILocator Name => page.GetByRole(AriaRole.Textbox, new() { NameRegex = lang.Name });
    public ILocator Phone => page.GetByLabel(lang.Phone, new() { Exact = true });
    public ILocator Email => page.GetByLabel(lang.Email, new() { Exact = true });
    public ILocator Consent => page.GetByRole(AriaRole.Checkbox, new() { NameRegex = lang.Consent });
    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = lang.FileButton, Exact = true });

    /// <summary>Opens the form; for English, by clicking the page's language link (the cookie it sets then holds).</summary>
    public async Task OpenAsync()
    {
        await page.GotoAsync("/complaints/new");
        await SwitchLanguageAsync(page, lang);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang.Code);
    }

    /// <summary>
    /// Checks a KRDS radio or checkbox the way a person does, by clicking its label: the input itself is visually
    /// hidden under the styled label, so a click on it lands on the label (or the sticky header).
    /// </summary>
    public static async Task CheckByLabelAsync(ILocator input)
    {
        var id = await input.GetAttributeAsync("id");
        await input.Page.Locator($"label[for='{id}']").ClickAsync();
        await Assertions.Expect(input).ToBeCheckedAsync();
    }

    /// <summary>Clicks the language link when the page is not in <paramref name="lang"/> yet.</summary>
    public static async Task SwitchLanguageAsync(IPage page, Lang lang)
    {
        if (await page.Locator("html").GetAttributeAsync("lang") == lang.Code) return;
        await page.GetByRole(AriaRole.Link, new() { Name = lang.Code == "en" ? "English" : "한국어", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang.Code);
    }
}
