using Microsoft.Playwright;
using Minwon.Browser.Tests.Journeys;

namespace Minwon.Browser.Tests.Pages;

/// <summary>/track: look a complaint up with its receipt number and verification, then rate the answer.</summary>
public sealed class TrackPage(IPage page, Lang lang)
{
    public async Task LookUpAsync(string receipt, string verification)
    {
        await page.GetByLabel(lang.Receipt, new() { Exact = true }).FillAsync(receipt);
        await page.GetByLabel(lang.Verification, new() { Exact = true }).FillAsync(verification);
        await page.GetByRole(AriaRole.Button, new() { Name = lang.LookUp, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#receipt-number")).ToHaveTextAsync(receipt);
    }

    public async Task RateAsync(string label, string comment)
    {
        await ComplaintFormPage.CheckByLabelAsync(page.GetByLabel(label, new() { Exact = true }));
        await page.GetByLabel(lang.Comment).FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = lang.SubmitRating, Exact = true }).ClickAsync();
    }
}
