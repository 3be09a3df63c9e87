using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Minwon.Web.Pages.Shared;

/// <summary>
/// Base of the citizen form pages (<c>@inherits FormPage</c>): what a field shows after a failed post, read from the
/// model state. A field's error paragraph has the field's id plus "-error" (Input.Title → Input_Title-error).
/// </summary>
public abstract class FormPage : Page
{
    /// <summary>The field's first error message, or null.</summary>
    protected string? Error(string key) =>
        ViewContext.ViewData.ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    /// <summary>The KRDS class of the field's container: marked when the field has an error.</summary>
    protected string Conts(string key) => Error(key) is null ? "form-conts" : "form-conts is-error";

    /// <summary>aria-invalid: "true" when the field has an error, else left out.</summary>
    protected string? Invalid(string key) => Error(key) is null ? null : "true";

    /// <summary>The id of the field's error paragraph (Input.Title → Input_Title-error).</summary>
    protected static string ErrorId(string key) => TagBuilder.CreateSanitizedId(key, "_") + "-error";

    /// <summary>aria-describedby: the hint (if any) and, after a failed post, the error, so a screen reader reads both with the field.</summary>
    protected string? Described(string key, string? hint = null)
    {
        var error = Error(key) is null ? null : ErrorId(key);
        return (hint, error) switch
        {
            (null, null) => null,
            (_, null) => hint,
            (null, _) => error,
            _ => hint + " " + error,
        };
    }
}
