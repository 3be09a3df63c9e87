namespace Minwon.Web.Pages.Shared;

public enum NoticeKind
{
    Information,
    Success,
    Warning,
    Danger,
}

/// <summary>
/// A message box for the <c>_Notice</c> partial. <see cref="Message"/> and <see cref="Title"/> are shown as given:
/// pass text already localized (<c>L["..."]</c>).
/// </summary>
public sealed record Notice(NoticeKind Kind, string Message, string? Title = null)
{
    public static Notice Info(string message, string? title = null) => new(NoticeKind.Information, message, title);
    public static Notice Success(string message, string? title = null) => new(NoticeKind.Success, message, title);
    public static Notice Warning(string message, string? title = null) => new(NoticeKind.Warning, message, title);
    public static Notice Danger(string message, string? title = null) => new(NoticeKind.Danger, message, title);
}
