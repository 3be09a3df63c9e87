namespace Minwon.Core.Contact;

/// <summary>Validates and formats Korean phone numbers: mobile, landline, internet (070) and representative (15xx/16xx/18xx).</summary>
public static class KoreanPhone
{
    private static readonly HashSet<string> MobilePrefixes = ["010", "011", "016", "017", "018", "019"];

    private static readonly HashSet<string> AreaCodes =
    [
        "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064", "070",
    ];

    /// <summary>
    /// Accepts digits with optional hyphens, spaces, dots or parentheses, and an optional +82 country code;
    /// <paramref name="normalized"/> is hyphenated, e.g. 010-1234-5678, 02-123-4567, 031-123-4567, 1588-1234.
    /// </summary>
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = string.Empty;
        var digits = DigitsOf(input);
        if (digits is null)
        {
            return false;
        }

        var formatted = digits switch
        {
            _ when digits.Length == 8 && digits[0] == '1' && digits[1] is '5' or '6' or '8' => $"{digits[..4]}-{digits[4..]}",
            _ when digits.StartsWith("02", StringComparison.Ordinal) && digits.Length is 9 or 10 => Split(digits, 2),
            _ when digits.Length is 10 or 11 && (MobilePrefixes.Contains(digits[..3]) || AreaCodes.Contains(digits[..3])) =>
                Split(digits, 3),
            _ => null,
        };
        if (formatted is null)
        {
            return false;
        }
        normalized = formatted;
        return true;
    }

    /// <summary>The last four digits, e.g. for SMS confirmation or a masked display.</summary>
    public static string Last4(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var digits = Digits(normalized);
        if (digits.Length < 4)
        {
            throw new ArgumentException("A phone number has at least four digits.", nameof(normalized));
        }
        return digits[^4..];
    }

    /// <summary>Only the digits of a number as written (010-1234-5678 → 01012345678): the form records are matched on.</summary>
    public static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    private static string? DigitsOf(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var text = input.Trim();
        var international = text.StartsWith('+');
        if (international)
        {
            text = text[1..];
        }

        var chars = new List<char>(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                chars.Add(c);
            }
            else if (c is not ('-' or ' ' or '.' or '(' or ')'))
            {
                return null;
            }
        }
        var digits = new string([.. chars]);
        if (!international)
        {
            return digits;
        }
        if (!digits.StartsWith("82", StringComparison.Ordinal))
        {
            return null;
        }
        var national = digits[2..];
        return national.StartsWith('0') ? national : "0" + national;
    }

    /// <summary>Area code or prefix, then a 3- or 4-digit exchange, then the 4-digit line number.</summary>
    private static string Split(string digits, int prefixLength) =>
        $"{digits[..prefixLength]}-{digits[prefixLength..^4]}-{digits[^4..]}";
}
