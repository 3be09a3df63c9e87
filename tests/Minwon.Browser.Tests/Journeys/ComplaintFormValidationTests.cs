using Microsoft.Playwright;
using Minwon.Browser.Tests.Infrastructure;
using Minwon.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Minwon.Browser.Tests.Journeys;

/// <summary>Submitting the form with required fields empty: field errors in the page's language, typed values kept.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ComplaintFormValidationTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task Empty_required_fields_show_errors_in_the_current_language_and_keep_typed_values(string code)
    {
        var lang = Lang.Of(code);
        var form = new ComplaintFormPage(Page, lang);
        const string title = "가로등 고장 Street light out";
        const string name = "이서연";
        const string phone = "010-9876-5432";

        await StepAsync($"01-form-{code}", async () =>
        {
            await form.OpenAsync();
            await ComplaintFormPage.CheckByLabelAsync(form.Type);
            await form.Title.FillAsync(title);
            await form.Name.FillAsync(name);
            await form.Phone.FillAsync(phone);
        });

        await StepAsync($"02-errors-{code}", async () =>
        {
            await form.Submit.ClickAsync();
            await Assertions.Expect(Page.Locator("#Input_Body-error")).ToHaveTextAsync(lang.BodyRequired);
            await Assertions.Expect(Page.Locator("#Input_CategoryId-error")).ToHaveTextAsync(lang.CategoryRequired);
            await Assertions.Expect(Page.Locator("#Input_Consent-error")).ToHaveTextAsync(lang.ConsentRequired);
            await Assertions.Expect(form.Body).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", code);

            await Assertions.Expect(form.Title).ToHaveValueAsync(title);
            await Assertions.Expect(form.Name).ToHaveValueAsync(name);
            await Assertions.Expect(form.Phone).ToHaveValueAsync(phone);
            await Assertions.Expect(form.Type).ToBeCheckedAsync();
            await Assertions.Expect(form.Title).Not.ToHaveAttributeAsync("aria-invalid", "true");
        });
    }
}
