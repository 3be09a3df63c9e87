using System.Globalization;

namespace Minwon.Web.Proactive;

/// <summary>Recommendation receipts read like AP-2611-000012, derived from the id and the month like complaint receipts.</summary>
public static class ProactiveReceipt
{
    public static string Format(long id, DateTime submittedAtUtc) => $"AP-{submittedAtUtc.AddHours(9):yyMM}-{id:D6}";

    public static bool TryParse(string? input, out long id)
    {
        id = 0;
        if (string.IsNullOrWhiteSpace(input)) return false;
        var parts = input.Trim().ToUpperInvariant().Split('-');
        return parts.Length == 3 && parts[0] == "AP" && parts[1].Length == 4 && parts[1].All(char.IsAsciiDigit) && parts[2].Length >= 6
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }

    /// <summary>True when the receipt names exactly this record (month included), so a guessed id with another month finds nothing.</summary>
    public static bool Names(string? input, Recommendation r) => string.Equals(input?.Trim(), r.ReceiptNumber, StringComparison.OrdinalIgnoreCase);
}
