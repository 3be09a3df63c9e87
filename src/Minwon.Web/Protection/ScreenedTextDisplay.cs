namespace Minwon.Web.Protection;

/// <summary>
/// What the _ScreenedText partial shows for one incoming text: the masked text with its badge and a reveal button,
/// or the original after a logged reveal (or when screening found nothing).
/// </summary>
public sealed record ScreenedTextDisplay(ScreenedText? Screened, string Original, bool Revealed, long ComplaintId, string ElementId)
{
    public bool ShowsMasked => Screened is { NeedsMasking: true } && !Revealed;
    public string Text => ShowsMasked ? Screened!.Masked : Original;

    public static string SeverityLabel(TextSeverity s) => s switch
    {
        TextSeverity.Threat => "위협",
        TextSeverity.Serious => "심각",
        TextSeverity.Caution => "주의",
        _ => "",
    };

    public static string CategoryLabel(string category) => category switch
    {
        "Profanity" => "욕설",
        "Insult" => "모욕",
        "SexualHarassment" => "성희롱",
        "Hate" => "혐오",
        "Threat" => "협박",
        _ => category,
    };
}
