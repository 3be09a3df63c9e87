using System.Globalization;

namespace Minwon.Core.Complaints;

/// <summary>
/// Receipt numbers read like MW-2611-000123: the month of receipt (Korea time) and the complaint's id.
/// The number is derived, never stored, so it cannot drift from the record it names.
/// </summary>
public static class ReceiptNumber
{
    public static string Format(long id, DateTime receivedAtUtc)
    {
        var kst = receivedAtUtc.AddHours(9);
        return $"MW-{kst:yyMM}-{id:D6}";
    }

    /// <summary>Parses the id out of a receipt number; the caller checks the month against the stored record.</summary>
    public static bool TryParse(string? input, out long id, out string yearMonth)
    {
        id = 0;
        yearMonth = "";
        if (string.IsNullOrWhiteSpace(input)) return false;
        var parts = input.Trim().ToUpperInvariant().Split('-');
        if (parts.Length != 3 || parts[0] != "MW" || parts[1].Length != 4 || !parts[1].All(char.IsAsciiDigit)) return false;
        if (parts[2].Length < 6 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0) return false;
        yearMonth = parts[1];
        return true;
    }
}
