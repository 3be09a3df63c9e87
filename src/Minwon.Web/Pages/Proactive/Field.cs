namespace Minwon.Web.Pages.Proactive;

/// <summary>One labelled form field for _Field.cshtml: the name is the bound name ("Input.Title"), the label a resource key.</summary>
public sealed record Field(string Name, string Label, string? Value, string Type = "text", string? Hint = null, bool Required = true, int MaxLength = 200, int Rows = 0);
