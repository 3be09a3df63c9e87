using System.Buffers;
using System.Text;

namespace Minwon.Screening.PersonalData;

/// <summary>
/// Finds personal data in free Korean text with one hand-written pass (no regular expressions): resident and foreigner
/// registration numbers, phone numbers, emails, card numbers, bank accounts, passport numbers and road-name addresses.
/// Thread-safe and allocation-free when nothing is found.
/// </summary>
/// <remarks>
/// Digits are read as groups separated by at most one of <c>- . ) / – ㅡ</c> plus a few spaces, so "010 - 1234 - 5678",
/// "010.1234.5678" and "01012345678" read the same. Each run of groups is tried, in order, as a resident/foreigner number,
/// a card number, a phone number and a bank account; the first that validates wins.
/// </remarks>
public sealed class PersonalDataDetector
{
    private const int MaxGroups = 8;
    private const int MaxDigits = 64;

    // Characters that can start a finding: digits, '+' (+82), passport letters, and the last syllable of a road name.
    private static readonly SearchValues<char> Triggers =
        SearchValues.Create("0123456789+MSRODGmsrodg로길");

    private static readonly SearchValues<char> AtSigns = SearchValues.Create("@＠");

    private static readonly string[] BankKeywords =
    [
        "계좌", "은행", "입금", "송금", "이체", "예금주", "뱅크", "농협", "국민", "신한", "우리", "하나", "기업", "우체국",
        "새마을", "신협", "수협", "카카오", "토스", "account",
    ];

    private static readonly string[] PassportKeywords = ["여권", "passport", "Passport", "PASSPORT"];

    private static readonly string[] Regions =
    [
        "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북",
        "경남", "제주",
    ];

    private readonly PersonalDataOptions _options;

    public PersonalDataDetector(PersonalDataOptions? options = null) => _options = options ?? new PersonalDataOptions();

    /// <summary>A shared detector with the default options.</summary>
    public static PersonalDataDetector Default { get; } = new();

    /// <summary>All findings, in text order, not overlapping. An empty array (no allocation) when there are none.</summary>
    public IReadOnlyList<PersonalDataMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<PersonalDataMatch>? found = null;
        Scan(text, ref found);
        return found is null ? Array.Empty<PersonalDataMatch>() : found; // not [], which would make a List here
    }

    /// <summary>Appends the findings to <paramref name="results"/> (reuse one list to avoid allocating); returns how many.</summary>
    public int Find(ReadOnlySpan<char> text, List<PersonalDataMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var before = results.Count;
        List<PersonalDataMatch>? found = results;
        Scan(text, ref found);
        return results.Count - before;
    }

    /// <summary>
    /// The text with each finding masked per DESIGN.md: resident number 900101-1******, phone 010-****-1234,
    /// email ho**@example.com, card 1234-****-****-5678, account 110-***-***789, passport M********, and an address
    /// keeps its region and road name but not the building number. Returns the same instance when nothing is found.
    /// </summary>
    public string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MaskMatches(text, Find(text));
    }

    /// <summary>
    /// The text with only the findings of the kinds <paramref name="which"/> accepts masked, as <see cref="Mask(string)"/>
    /// masks them (e.g. resident numbers alone, before a text is stored). Returns the same instance when nothing is masked.
    /// </summary>
    public string Mask(string text, Func<PersonalDataKind, bool> which)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(which);
        var found = Find(text);
        return found.Count == 0 ? text : MaskMatches(text, found.Where(m => which(m.Kind)).ToList());
    }

    private static string MaskMatches(string text, IReadOnlyList<PersonalDataMatch> matches)
    {
        if (matches.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        var pos = 0;
        foreach (var m in matches)
        {
            sb.Append(text, pos, m.Start - pos);
            AppendMasked(sb, m.Kind, text.AsSpan(m.Start, m.Length));
            pos = m.End;
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    private void Scan(ReadOnlySpan<char> s, ref List<PersonalDataMatch>? found)
    {
        // Emails first, so the digits of "01012345678@naver.com" are not read as a phone number.
        Span<int> emailBounds = stackalloc int[64];
        var emailCount = 0;
        List<PersonalDataMatch>? emails = null;
        var at = s.IndexOfAny(AtSigns);
        while (at >= 0)
        {
            var next = at + 1;
            if (emailCount < emailBounds.Length / 2 && TryEmail(s, at, out var es, out var ee))
            {
                (emails ??= new List<PersonalDataMatch>(2)).Add(new PersonalDataMatch(PersonalDataKind.Email, es, ee - es));
                emailBounds[emailCount * 2] = es;
                emailBounds[emailCount * 2 + 1] = ee;
                emailCount++;
                next = ee;
            }

            var rel = next < s.Length ? s[next..].IndexOfAny(AtSigns) : -1;
            at = rel < 0 ? -1 : next + rel;
        }

        var emailIdx = 0;
        var i = 0;
        while (i < s.Length)
        {
            var rel = s[i..].IndexOfAny(Triggers);
            if (rel < 0)
            {
                break;
            }

            i += rel;

            // Inside an email found above: jump over it (and add it, keeping the results in text order).
            while (emailIdx < emailCount && emailBounds[emailIdx * 2 + 1] <= i)
            {
                Add(ref found, emails![emailIdx]);
                emailIdx++;
            }

            if (emailIdx < emailCount && emailBounds[emailIdx * 2] <= i)
            {
                i = emailBounds[emailIdx * 2 + 1];
                continue;
            }

            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                i = ScanDigits(s, i, ref found, emailIdx < emailCount ? emailBounds[emailIdx * 2] : s.Length);
            }
            else if (c == '+')
            {
                i++;
            }
            else if (c is '로' or '길')
            {
                i = TryAddress(s, i, out var start, out var end) ? AddAndSkip(ref found, PersonalDataKind.RoadAddress, start, end) : i + 1;
            }
            else
            {
                i = TryPassport(s, i, out var end) ? AddAndSkip(ref found, PersonalDataKind.Passport, i, end) : i + 1;
            }
        }

        for (; emailIdx < (emails?.Count ?? 0); emailIdx++)
        {
            Add(ref found, emails![emailIdx]);
        }
    }

    private static void Add(ref List<PersonalDataMatch>? found, PersonalDataMatch m) => (found ??= new List<PersonalDataMatch>(4)).Add(m);

    private static int AddAndSkip(ref List<PersonalDataMatch>? found, PersonalDataKind kind, int start, int end)
    {
        Add(ref found, new PersonalDataMatch(kind, start, end - start));
        return end;
    }

    // ---- digits -------------------------------------------------------------------------------------------------------

    /// <summary>Reads the groups of digits starting at <paramref name="i"/>, matches what it can, returns where to go on.</summary>
    private int ScanDigits(ReadOnlySpan<char> s, int i, ref List<PersonalDataMatch>? found, int limit)
    {
        Span<int> gStart = stackalloc int[MaxGroups];
        Span<int> gLen = stackalloc int[MaxGroups];
        Span<byte> digits = stackalloc byte[MaxDigits];
        Span<int> gOff = stackalloc int[MaxGroups + 1];

        var g = 0;
        var total = 0;
        var p = i;
        var end = i;
        while (true)
        {
            var st = p;
            while (p < limit && char.IsAsciiDigit(s[p]))
            {
                p++;
            }

            var len = p - st;
            end = p;
            if (total + len > MaxDigits)
            {
                break; // a long run of digits: nothing personal we know of
            }

            gStart[g] = st;
            gLen[g] = len;
            gOff[g] = total;
            for (var k = 0; k < len; k++)
            {
                digits[total + k] = (byte)(s[st + k] - '0');
            }

            total += len;
            g++;
            if (g == MaxGroups)
            {
                break;
            }

            var q = SkipSeparator(s, p, limit);
            if (q == p || q >= limit || !char.IsAsciiDigit(s[q]))
            {
                break;
            }

            p = q;
        }

        gOff[g] = total;
        var k0 = 0;
        while (k0 < g)
        {
            var used = TryAt(s, k0, g, gStart, gLen, gOff, digits, out var kind);
            if (used > 0)
            {
                var last = k0 + used - 1;
                var start = gStart[k0];
                if (kind == PersonalDataKind.Phone && start > 0 && s[start - 1] == '+')
                {
                    start--;
                }

                Add(ref found, new PersonalDataMatch(kind, start, gStart[last] + gLen[last] - start));
                k0 += used;
            }
            else
            {
                k0++;
            }
        }

        return end;
    }

    /// <summary>Spaces, at most one separator character, spaces. Returns <paramref name="p"/> when there is none.</summary>
    private static int SkipSeparator(ReadOnlySpan<char> s, int p, int limit)
    {
        var q = p;
        var spaces = 0;
        while (q < limit && IsSpace(s[q]) && spaces < 3)
        {
            q++;
            spaces++;
        }

        if (q < limit && s[q] is '-' or '.' or ')' or '/' or '‐' or '–' or '—' or '−' or '_' or 'ㅡ')
        {
            q++;
            spaces = 0;
            while (q < limit && IsSpace(s[q]) && spaces < 3)
            {
                q++;
                spaces++;
            }
        }

        return q;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\t' or '\u3000';

    private int TryAt(
        ReadOnlySpan<char> s, int k, int g, ReadOnlySpan<int> gStart, ReadOnlySpan<int> gLen, ReadOnlySpan<int> gOff,
        ReadOnlySpan<byte> digits, out PersonalDataKind kind)
    {
        var d = digits[gOff[k]..gOff[g]];
        var offs = gOff[k..(g + 1)];
        var lens = gLen[k..g];

        // Resident / foreigner: 13 digits, grouped 13 or 6-7.
        var m = GroupsFor(offs, 13);
        if (m > 0 && BoundariesIn(offs, m, 6, 6))
        {
            var r = ClassifyRegistration(d[..13], hyphenated: m == 2);
            if (r is { } rk)
            {
                kind = rk;
                return m;
            }
        }

        // Card: 13–19 digits, Luhn; longest grouping first.
        for (var mm = Math.Min(lens.Length, 5); mm >= 1; mm--)
        {
            var t = offs[mm] - offs[0];
            if (t is >= 13 and <= 19 && IsCardGrouping(lens[..mm], t) && d[0] is 3 or 4 or 5 or 6 or 9 && Luhn(d[..t]))
            {
                kind = PersonalDataKind.CardNumber;
                return mm;
            }
        }

        // Phone.
        m = MatchPhone(d, offs);
        if (m > 0)
        {
            kind = PersonalDataKind.Phone;
            return m;
        }

        // +82 10-1234-5678: "82" after '+', then the national number without its leading 0.
        if (lens[0] == 2 && d[0] == 8 && d[1] == 2 && gStart[k] > 0 && s[gStart[k] - 1] == '+' && lens.Length > 1)
        {
            Span<byte> nd = stackalloc byte[MaxDigits + 1];
            Span<int> no = stackalloc int[MaxGroups + 1];
            nd[0] = 0;
            d[2..].CopyTo(nd[1..]);
            var n = offs.Length - 1;
            no[0] = 0;
            for (var j = 1; j < n; j++)
            {
                no[j] = offs[j + 1] - offs[0] - 2 + 1;
            }

            m = MatchPhone(nd[..(d.Length - 1)], no[..n]);
            if (m > 0)
            {
                kind = PersonalDataKind.Phone;
                return m + 1;
            }
        }

        // Bank account: 10–14 digits in up to 4 groups of 2+, next to a keyword.
        for (var mm = Math.Min(lens.Length, 4); mm >= 1; mm--)
        {
            var t = offs[mm] - offs[0];
            if (t is < 10 or > 14)
            {
                continue;
            }

            var ok = true;
            for (var j = 0; j < mm; j++)
            {
                ok &= lens[j] >= 2;
            }

            if (ok && NearKeyword(s, gStart[k], gStart[k + mm - 1] + gLen[k + mm - 1], BankKeywords))
            {
                kind = PersonalDataKind.BankAccount;
                return mm;
            }
        }

        kind = default;
        return 0;
    }

    /// <summary>How many groups add up to exactly <paramref name="total"/> digits, or 0.</summary>
    private static int GroupsFor(ReadOnlySpan<int> offs, int total)
    {
        for (var m = 1; m < offs.Length; m++)
        {
            var t = offs[m] - offs[0];
            if (t == total)
            {
                return m;
            }

            if (t > total)
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>Whether every inner group boundary of the first <paramref name="m"/> groups is at <paramref name="a"/> or <paramref name="b"/>.</summary>
    private static bool BoundariesIn(ReadOnlySpan<int> offs, int m, int a, int b)
    {
        for (var j = 1; j < m; j++)
        {
            var at = offs[j] - offs[0];
            if (at != a && at != b)
            {
                return false;
            }
        }

        return true;
    }

    private static int MatchPhone(ReadOnlySpan<byte> d, ReadOnlySpan<int> offs)
    {
        if (d.Length < 9 || d[0] != 0)
        {
            return 0;
        }

        int area;
        int minTotal, maxTotal;
        if (d[1] == 1 && d[2] is 0 or 1 or 6 or 7 or 8 or 9)
        {
            area = 3;
            minTotal = d[2] == 0 ? 11 : 10;
            maxTotal = 11;
        }
        else if (d[1] == 2)
        {
            area = 2;
            minTotal = 9;
            maxTotal = 10;
        }
        else if ((d[1] is 3 && d[2] is >= 1 and <= 3) || (d[1] is 4 && d[2] is >= 1 and <= 4) ||
                 (d[1] is 5 && d[2] is >= 1 and <= 5) || (d[1] is 6 && d[2] is >= 1 and <= 4) || (d[1] == 7 && d[2] == 0))
        {
            area = 3;
            minTotal = 10;
            maxTotal = 11;
        }
        else
        {
            return 0;
        }

        for (var m = 1; m < offs.Length; m++)
        {
            var t = offs[m] - offs[0];
            if (t > maxTotal)
            {
                return 0;
            }

            if (t >= minTotal && BoundariesIn(offs, m, area, t - 4))
            {
                return m;
            }
        }

        return 0;
    }

    private static bool IsCardGrouping(ReadOnlySpan<int> lens, int total)
    {
        if (lens.Length == 1)
        {
            return total >= 14; // a bare 13-digit run is left to the registration-number check
        }

        if (lens.Length == 3 && lens[0] == 4 && lens[1] == 6 && lens[2] is 4 or 5)
        {
            return true; // Amex 4-6-5, Diners 4-6-4
        }

        if (lens.Length < 4)
        {
            return false;
        }

        for (var j = 0; j < lens.Length - 1; j++)
        {
            if (lens[j] != 4)
            {
                return false;
            }
        }

        return lens[^1] is >= 1 and <= 4;
    }

    internal static bool Luhn(ReadOnlySpan<byte> d)
    {
        var sum = 0;
        var dbl = false;
        for (var j = d.Length - 1; j >= 0; j--)
        {
            var v = d[j];
            if (dbl)
            {
                v *= 2;
                if (v > 9)
                {
                    v -= 9;
                }
            }

            sum += v;
            dbl = !dbl;
        }

        return sum % 10 == 0;
    }

    private PersonalDataKind? ClassifyRegistration(ReadOnlySpan<byte> d, bool hyphenated)
    {
        var gender = d[6];
        var century = gender switch
        {
            1 or 2 or 5 or 6 => 1900,
            3 or 4 or 7 or 8 => 2000,
            9 or 0 => 1800,
            _ => 0,
        };
        if (century == 0)
        {
            return null;
        }

        var year = century + d[0] * 10 + d[1];
        var month = d[2] * 10 + d[3];
        var day = d[4] * 10 + d[5];
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var foreigner = gender is >= 5 and <= 8;
        var sum = 0;
        ReadOnlySpan<byte> weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        for (var j = 0; j < 12; j++)
        {
            sum += d[j] * weights[j];
        }

        var check = foreigner ? (13 - sum % 11) % 10 : (11 - sum % 11) % 10;
        if (check == d[12] || (hyphenated && _options.AcceptUnverifiedHyphenatedResidentNumbers))
        {
            return foreigner ? PersonalDataKind.ForeignerNumber : PersonalDataKind.ResidentNumber;
        }

        return null;
    }

    private bool NearKeyword(ReadOnlySpan<char> s, int start, int end, string[] keywords)
    {
        var w = _options.KeywordWindow;
        var from = Math.Max(0, start - w);
        var to = Math.Min(s.Length, end + w / 2);
        var before = s[from..start];
        var after = s[end..to];
        foreach (var kw in keywords)
        {
            if (before.Contains(kw, StringComparison.Ordinal) || after.Contains(kw, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // ---- email --------------------------------------------------------------------------------------------------------

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool TryEmail(ReadOnlySpan<char> s, int at, out int start, out int end)
    {
        start = end = 0;
        var l = at;
        if (l > 0 && s[l - 1] == ' ')
        {
            l--; // "hong @ example.com"
        }

        var ls = l;
        while (ls > 0 && IsLocalChar(s[ls - 1]))
        {
            ls--;
        }

        while (ls < l && s[ls] is '.' or '-' or '+')
        {
            ls++;
        }

        if (ls == l)
        {
            return false;
        }

        var r = at + 1;
        if (r < s.Length && s[r] == ' ')
        {
            r++;
        }

        var re = r;
        var lastDot = -1;
        while (re < s.Length && (char.IsAsciiLetterOrDigit(s[re]) || s[re] is '-' or '.'))
        {
            if (s[re] == '.')
            {
                if (re + 1 < s.Length && (char.IsAsciiLetterOrDigit(s[re + 1]) || s[re + 1] == '-'))
                {
                    lastDot = re;
                }
                else
                {
                    break; // a dot ending the sentence
                }
            }

            re++;
        }

        if (lastDot <= r || re - lastDot - 1 < 2)
        {
            return false;
        }

        for (var j = lastDot + 1; j < re; j++)
        {
            if (!char.IsAsciiLetter(s[j]))
            {
                return false;
            }
        }

        start = ls;
        end = re;
        return true;
    }

    // ---- passport -----------------------------------------------------------------------------------------------------

    private bool TryPassport(ReadOnlySpan<char> s, int i, out int end)
    {
        end = 0;
        if (i > 0 && char.IsAsciiLetterOrDigit(s[i - 1]))
        {
            return false;
        }

        // M12345678 (8 digits) or M123A4567 (since 2021: 3 digits, a letter, 4 digits)
        if (i + 9 > s.Length || (i + 9 < s.Length && char.IsAsciiLetterOrDigit(s[i + 9])))
        {
            return false;
        }

        for (var j = 1; j <= 8; j++)
        {
            var c = s[i + j];
            if (!(char.IsAsciiDigit(c) || (j == 4 && char.IsAsciiLetterUpper(c))))
            {
                return false;
            }
        }

        if (!NearKeyword(s, i, i + 9, PassportKeywords))
        {
            return false;
        }

        end = i + 9;
        return true;
    }

    // ---- road-name address --------------------------------------------------------------------------------------------

    private static bool IsHangul(char c) => c is >= '가' and <= '힣';

    private static bool TryAddress(ReadOnlySpan<char> s, int t, out int start, out int end)
    {
        start = end = 0;

        // The building number: "세종대로 209", "테헤란로152", "올림픽로35길 10-2".
        var j = t + 1;
        if (j < s.Length && IsSpace(s[j]))
        {
            j++;
        }

        var ns = j;
        while (j < s.Length && char.IsAsciiDigit(s[j]) && j - ns < 5)
        {
            j++;
        }

        if (j == ns || (j < s.Length && char.IsAsciiDigit(s[j])))
        {
            return false;
        }

        if (j + 1 < s.Length && s[j] == '-' && char.IsAsciiDigit(s[j + 1]))
        {
            j++;
            while (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                j++;
            }
        }

        // "세종대로23길": the digits belong to the road name, the number comes after 길.
        if (j < s.Length && (s[j] == '길' || (s[j] == '번' && j + 1 < s.Length && s[j + 1] == '길')))
        {
            return false;
        }

        // The road name: Hangul (and digits) ending at t, starting with Hangul, at least two syllables.
        var rs = t;
        while (rs > 0 && (IsHangul(s[rs - 1]) || char.IsAsciiDigit(s[rs - 1])))
        {
            rs--;
        }

        while (rs < t && !IsHangul(s[rs]))
        {
            rs++;
        }

        if (t - rs < 1)
        {
            return false;
        }

        // Administrative areas before it: 서울특별시 종로구, 경기도 성남시 분당구, 충남 예산군 …
        var first = -1;
        var p = rs;
        for (var tokens = 0; tokens < 4; tokens++)
        {
            var q = p;
            var spaces = 0;
            while (q > 0 && (IsSpace(s[q - 1]) || s[q - 1] == ',') && spaces < 2)
            {
                q--;
                spaces++;
            }

            if (spaces == 0)
            {
                break;
            }

            var ts = q;
            while (ts > 0 && IsHangul(s[ts - 1]))
            {
                ts--;
            }

            if (ts == q || !IsAdminArea(s[ts..q]))
            {
                break;
            }

            first = ts;
            p = ts;
        }

        if (first < 0)
        {
            return false;
        }

        start = first;
        end = j;
        return true;
    }

    private static bool IsAdminArea(ReadOnlySpan<char> token)
    {
        if (token.Length >= 2 && token[^1] is '시' or '도' or '구' or '군' or '읍' or '면')
        {
            return true;
        }

        foreach (var r in Regions)
        {
            if (token.SequenceEqual(r))
            {
                return true;
            }
        }

        return false;
    }

    // ---- masking ------------------------------------------------------------------------------------------------------

    private static void AppendMasked(StringBuilder sb, PersonalDataKind kind, ReadOnlySpan<char> span)
    {
        switch (kind)
        {
            case PersonalDataKind.ResidentNumber or PersonalDataKind.ForeignerNumber:
            {
                Span<char> d = stackalloc char[13];
                DigitsOf(span, d);
                sb.Append(d[..6]).Append('-').Append(d[6]).Append('*', 6);
                break;
            }

            case PersonalDataKind.Phone:
            {
                Span<char> buf = stackalloc char[16];
                var n = DigitsOf(span, buf);
                ReadOnlySpan<char> d = buf[..n];
                if (span[0] == '+')
                {
                    buf[1] = '0'; // +82 10… → 010…
                    d = buf[1..n];
                }

                var area = d[1] == '2' ? 2 : 3;
                sb.Append(d[..area]).Append('-').Append('*', d.Length - area - 4).Append('-').Append(d[^4..]);
                break;
            }

            case PersonalDataKind.Email:
            {
                var at = span.IndexOfAny(AtSigns);
                var local = span[..at].TrimEnd(' ');
                var domain = span[(at + 1)..].TrimStart(' ');
                var keep = local.Length <= 2 ? 1 : 2;
                sb.Append(local[..keep]).Append('*', local.Length - keep).Append('@').Append(domain);
                break;
            }

            case PersonalDataKind.CardNumber:
                MaskDigits(sb, span, keepFirst: 4, keepLast: 4);
                break;

            case PersonalDataKind.BankAccount:
                MaskDigits(sb, span, keepFirst: 3, keepLast: 3);
                break;

            case PersonalDataKind.Passport:
                sb.Append(span[0]).Append('*', span.Length - 1);
                break;

            case PersonalDataKind.RoadAddress:
            {
                // Keep the region and road name; hide the building number.
                var k = span.Length;
                while (k > 0 && (char.IsAsciiDigit(span[k - 1]) || span[k - 1] == '-'))
                {
                    k--;
                }

                sb.Append(span[..k]).Append('*', span.Length - k);
                break;
            }
        }
    }

    private static int DigitsOf(ReadOnlySpan<char> span, Span<char> into)
    {
        var n = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c) && n < into.Length)
            {
                into[n++] = c;
            }
        }

        return n;
    }

    private static void MaskDigits(StringBuilder sb, ReadOnlySpan<char> span, int keepFirst, int keepLast)
    {
        var total = 0;
        foreach (var c in span)
        {
            total += char.IsAsciiDigit(c) ? 1 : 0;
        }

        var seen = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                sb.Append(seen < keepFirst || seen >= total - keepLast ? c : '*');
                seen++;
            }
            else
            {
                sb.Append(c);
            }
        }
    }
}
