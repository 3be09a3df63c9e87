using System.Text;
using Minwon.Screening.PersonalData;

namespace Minwon.Screening.Tests.PersonalData;

/// <summary>Generators for valid numbers and adversarially formatted complaint texts (seeded, so failures reproduce).</summary>
internal static class Generated
{
    private static readonly int[] Weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

    public static string ResidentNumber(int year, int month, int day, int gender, string serial)
        => Registration(year, month, day, gender, serial, foreigner: false);

    public static string ForeignerNumber(int year, int month, int day, int gender, string serial)
        => Registration(year, month, day, gender, serial, foreigner: true);

    private static string Registration(int year, int month, int day, int gender, string serial, bool foreigner)
    {
        var first12 = $"{year % 100:D2}{month:D2}{day:D2}{gender}{serial}";
        var check = CheckDigit(first12, foreigner);
        return $"{first12[..6]}-{first12[6..]}{check}";
    }

    public static int CheckDigit(string first12, bool foreigner = false)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (first12[i] - '0') * Weights[i];
        }

        return foreigner ? (13 - sum % 11) % 10 : (11 - sum % 11) % 10;
    }

    public static string Digits(Random rng, int n)
    {
        var chars = new char[n];
        for (var i = 0; i < n; i++)
        {
            chars[i] = (char)('0' + rng.Next(10));
        }

        return new string(chars);
    }

    public static string RandomResident(Random rng)
    {
        var date = new DateTime(1930, 1, 1).AddDays(rng.Next(0, 90 * 365));
        var gender = (date.Year >= 2000 ? 3 : 1) + rng.Next(2);
        return ResidentNumber(date.Year, date.Month, date.Day, gender, Digits(rng, 5));
    }

    private static readonly string[] ResidentShapes = ["{0}-{1}", "{0}{1}", "{0} - {1}", "{0} {1}", "{0}–{1}", "{0}.{1}", "{0}ㅡ{1}"];

    public static string ResidentShape(Random rng, string digits13)
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, ResidentShapes[rng.Next(ResidentShapes.Length)], digits13[..6], digits13[6..]);

    private static readonly string[] PhoneShapes =
    [
        "{0}-{1}-{2}", "{0} {1} {2}", "{0}.{1}.{2}", "{0}{1}{2}", "{0} - {1} - {2}", "({0}){1}-{2}", "{0})  {1}  {2}",
        "{0}ㅡ{1}ㅡ{2}", "{0}_{1}_{2}", "{0} -{1}- {2}", "{0}-{1}{2}", "{0}{1}-{2}",
    ];

    private static readonly string[] Prefixes = ["010", "010", "010", "011", "016", "019", "02", "031", "051", "064", "070"];

    public static string RandomPhone(Random rng, out string digits)
    {
        var prefix = Prefixes[rng.Next(Prefixes.Length)];
        var middle = prefix == "010" || prefix == "070" ? Digits(rng, 4) : Digits(rng, 3 + rng.Next(2));
        var last = Digits(rng, 4);
        digits = prefix + middle + last;
        if (prefix.StartsWith("01", StringComparison.Ordinal) && rng.Next(6) == 0)
        {
            return (rng.Next(2) == 0 ? "+82 " : "+82-") + string.Format(PhoneShapes[0], prefix[1..], middle, last);
        }

        return string.Format(PhoneShapes[rng.Next(PhoneShapes.Length)], prefix, middle, last);
    }

    private static readonly string[] Domains = ["naver.com", "daum.net", "gmail.com", "korea.kr", "mail.co.kr", "seoul.go.kr", "hanmail.net"];

    public static string RandomEmail(Random rng)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var sb = new StringBuilder();
        sb.Append(letters[rng.Next(letters.Length)]);
        var n = rng.Next(1, 12);
        for (var i = 0; i < n; i++)
        {
            var r = rng.Next(20);
            sb.Append(r switch { 0 => '.', 1 => '_', 2 => '-', 3 => '+', < 8 => (char)('0' + rng.Next(10)), _ => letters[rng.Next(letters.Length)] });
        }

        sb.Append(letters[rng.Next(26)]);
        var at = rng.Next(8) switch { 0 => " @ ", 1 => "@ ", 2 => " @", _ => "@" };
        return sb + at + Domains[rng.Next(Domains.Length)];
    }

    public static readonly string[] Filler =
    [
        "안녕하세요 ", "민원 드립니다. ", "지난주에 신청한 건 ", "처리 결과를 알려주세요 ", "담당자분 연락 부탁드립니다 ", "제 연락처는", "번호: ",
        "이메일은 ", "주민번호 ", "(", ")", ", ", " ", "  ", "입니다. ", "로 연락 주세요. ", "이고 ", "\n", "급합니다!! ", "3월 5일 ", "2024년 ",
        "확인 부탁 ", "ㅠㅠ ", "...", "→", ":", "에게 ",
    ];
}

public class GeneratedPersonalDataTests
{
    private static readonly PersonalDataDetector Detector = PersonalDataDetector.Default;

    private readonly record struct Planted(PersonalDataKind Kind, int Start, int End, string Text);

    [Fact]
    public void Ten_thousand_adversarial_texts_miss_no_resident_number_phone_or_email()
    {
        var rng = new Random(20260223);
        var missed = new List<string>();
        var counts = new int[3];
        for (var t = 0; t < 10_000; t++)
        {
            var sb = new StringBuilder();
            var planted = new List<Planted>();
            var items = rng.Next(1, 4);
            for (var k = 0; k < items; k++)
            {
                sb.Append(Generated.Filler[rng.Next(Generated.Filler.Length)]);
                if (rng.Next(3) == 0)
                {
                    sb.Append(Generated.Filler[rng.Next(Generated.Filler.Length)]);
                }

                var kind = rng.Next(3);
                counts[kind]++;
                string item;
                PersonalDataKind pk;
                switch (kind)
                {
                    case 0:
                        var rrn = Generated.RandomResident(rng).Replace("-", "", StringComparison.Ordinal);
                        item = Generated.ResidentShape(rng, rrn);
                        pk = PersonalDataKind.ResidentNumber;
                        break;
                    case 1:
                        item = Generated.RandomPhone(rng, out _);
                        pk = PersonalDataKind.Phone;
                        break;
                    default:
                        item = Generated.RandomEmail(rng);
                        pk = PersonalDataKind.Email;
                        break;
                }

                // The part that must be covered: from the first to the last digit or letter of the item.
                var first = item.AsSpan().IndexOfAnyExcept("()+ ");
                var last = item.TrimEnd(')', ' ').Length;
                planted.Add(new Planted(pk, sb.Length + first, sb.Length + last, item));
                sb.Append(item);

                // A digit right after the item would make it a different, longer number: keep at least a space.
                var after = Generated.Filler[rng.Next(Generated.Filler.Length)];
                sb.Append(char.IsAsciiDigit(after[0]) ? " " + after : after);
            }

            var text = sb.ToString();
            var found = Detector.Find(text);
            foreach (var p in planted)
            {
                if (!found.Any(m => m.Kind == p.Kind && m.Start <= p.Start && m.End >= p.End))
                {
                    missed.Add($"{p.Kind} '{p.Text}' in «{text}» → [{string.Join(", ", found)}]");
                }
            }
        }

        Assert.True(missed.Count == 0, $"{missed.Count} missed, e.g.:\n{string.Join("\n", missed.Take(15))}");
        Assert.All(counts, c => Assert.True(c > 3000));
    }

    [Fact]
    public void Ten_thousand_random_13_digit_strings_failing_the_checksum_are_never_resident_numbers()
    {
        var rng = new Random(13);
        var tested = 0;
        var reported = new List<string>();
        while (tested < 10_000)
        {
            var digits = Generated.Digits(rng, 13);

            // Bias towards plausible dates and gender digits, so the checksum is what is being tested.
            if (tested % 2 == 0)
            {
                var date = new DateTime(1930, 1, 1).AddDays(rng.Next(0, 90 * 365));
                digits = $"{date:yyMMdd}{1 + rng.Next(4)}{digits[7..]}";
            }

            if (Generated.CheckDigit(digits[..12]) == digits[12] - '0')
            {
                continue;
            }

            tested++;
            foreach (var text in new[] { digits, $"주민번호 {digits[..6]}-{digits[6..]} 입니다", $"번호{digits}요" })
            {
                if (Detector.Find(text).Any(m => m.Kind == PersonalDataKind.ResidentNumber))
                {
                    reported.Add(text);
                }
            }
        }

        Assert.Empty(reported);
    }

    [Fact]
    public void Masked_text_keeps_no_middle_digits_of_planted_phones()
    {
        var rng = new Random(7);
        for (var t = 0; t < 2_000; t++)
        {
            var phone = Generated.RandomPhone(rng, out var digits);
            var masked = Detector.Mask($"연락처 {phone} 입니다");
            var areaLength = digits.StartsWith("02", StringComparison.Ordinal) ? 2 : 3;
            var middle = digits[areaLength..^4];
            Assert.Contains($"-{new string('*', middle.Length)}-{digits[^4..]}", masked, StringComparison.Ordinal);
        }
    }
}
