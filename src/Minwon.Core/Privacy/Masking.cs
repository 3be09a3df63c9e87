using Minwon.Core.Contact;

namespace Minwon.Core.Privacy;

/// <summary>Masks personal data for display to staff who do not need it in full (개인정보 비식별 표시).</summary>
public static class Masking
{
    private const char Mask = '*';

    /// <summary>홍길동 → 홍*동, 김철 → 김*, 남궁민수 → 남**수; a Latin-script name keeps its first letter: John Smith → J***.</summary>
    public static string Name(string? name)
    {
        var text = name?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return string.Empty;
        }
        if (IsLatinLetter(text[0]))
        {
            return text[0] + new string(Mask, 3);
        }
        return text.Length switch
        {
            1 => Mask.ToString(),
            2 => text[0] + Mask.ToString(),
            _ => text[0] + new string(Mask, text.Length - 2) + text[^1],
        };
    }

    /// <summary>010-1234-5678 → 010-****-5678; unrecognised input keeps only its last four digits.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return string.Empty;
        }
        if (KoreanPhone.TryNormalize(phone, out var normalized))
        {
            var parts = normalized.Split('-');
            var masked = parts.Length == 3
                ? [parts[0], new string(Mask, parts[1].Length), parts[2]]
                : new[] { new string(Mask, parts[0].Length), parts[1] };
            return string.Join('-', masked);
        }
        return MaskDigitsExceptLast(phone.Trim(), 4);
    }

    /// <summary>hong@example.com → ho**@example.com; the domain stays visible.</summary>
    public static string Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return string.Empty;
        }
        var text = email.Trim();
        var at = text.LastIndexOf('@');
        var local = at < 0 ? text : text[..at];
        var domain = at < 0 ? string.Empty : text[at..];
        var keep = local.Length switch
        {
            <= 1 => 0,
            2 => 1,
            _ => 2,
        };
        return local[..keep] + new string(Mask, local.Length - keep) + domain;
    }

    /// <summary>900101-1234567 → 900101-1******: birth date and the gender digit stay; anything malformed is fully masked.</summary>
    public static string ResidentNumber(string? residentNumber)
    {
        if (string.IsNullOrWhiteSpace(residentNumber))
        {
            return string.Empty;
        }
        var text = residentNumber.Trim();
        var digits = text.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 13 || !digits.All(char.IsAsciiDigit))
        {
            return new string(text.Select(c => char.IsAsciiDigit(c) ? Mask : c).ToArray());
        }
        return $"{digits[..6]}-{digits[6]}{new string(Mask, 6)}";
    }

    private static bool IsLatinLetter(char c) => c <= '\u024F' && char.IsLetter(c);

    private static string MaskDigitsExceptLast(string text, int keep)
    {
        var digitsSeen = 0;
        var totalDigits = text.Count(char.IsAsciiDigit);
        return new string(text.Select(c =>
        {
            if (!char.IsAsciiDigit(c))
            {
                return c;
            }
            digitsSeen++;
            return digitsSeen > totalDigits - keep ? c : Mask;
        }).ToArray());
    }
}
