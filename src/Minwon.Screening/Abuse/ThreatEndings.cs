namespace Minwon.Screening.Abuse;

/// <summary>Which form of a verb stem a match ends with: 죽이 (base, before 겠/고/러), 죽여 (infinitive, before 버리다/놓다/주다),
/// 죽일 (future modifier, before 거/게/테/래), 죽인 (present, before 다/데이).</summary>
internal enum StemForm { Base, Infinitive, Future, Present }

/// <summary>What the ending after a stem says: an announcement of the act (죽이겠다, 죽일 거야, 죽여 버린다, 죽인데이),
/// a report of it (죽였다, 죽인 적, 죽일 뻔했다, 죽이겠다고 했다) or something else (죽일 놈, 손 봐 주세요).</summary>
internal enum EndingKind { Unknown, Announce, Narration }

/// <summary>
/// The ending classifier of the threat rules (eighth round, docs/screening-model.md): given the form a harm verb's stem
/// was matched in and the normalised text after it (spaces kept), whether the writer announces the act, in any
/// register: -겠다/-겠습니다/-겠어/-겄다, -고 말겠다, -러 간다, -ㄹ 거다/-ㄹ 게/-ㄹ 테니/-ㄹ란다/-ㄹ래/-ㄹ랑께/-ㄹ끼다/-ㄹ 기다/-ㄹ겨/-ㄹ 수도 있다,
/// -ㄴ다/-ㄴ데이, -어 버린다/-어 삔다/-어 놓는다/-어 줄까/-어 준다/-어야겠다. Narration: -었다, -ㄴ 적/사람, -ㄹ 뻔, -겠다고 (reported).
/// Tense and aspirated spellings are folded (꺼 = 거, 뻐린다 = 버린다).
/// </summary>
internal static class ThreatEndings
{
    public static EndingKind Classify(StemForm form, ReadOnlySpan<char> after)
    {
        var a = after;
        switch (form)
        {
            case StemForm.Base:
                if (Eat(ref a, "겠") || Eat(ref a, "겄")) return AfterWill(a);
                if (Eat(ref a, "고말") || Eat(ref a, "고야말")) return EndingKind.Announce;
                if (Eat(ref a, "러"))
                {
                    if (Starts(a, "갔") || Starts(a, "왔")) return EndingKind.Narration;
                    if (Starts(a, "간다") || Starts(a, "갈") || Starts(a, "가겠") || Starts(a, "감") || Starts(a, "갑니") || Starts(a, "가는중")
                        || Starts(a, "온다") || Starts(a, "올") || Starts(a, "가께") || Starts(a, "갈께")) return EndingKind.Announce;
                }
                return EndingKind.Unknown;
            case StemForm.Future:
                return AfterFuture(a);
            case StemForm.Present:
                // no space between stem and ending: 죽인다, 죽인데이 (not 주긴 다 줬는데)
                if (a.Length == 0 || a[0] == ' ') return EndingKind.Narration;
                if (a.StartsWith("다"))
                {
                    var r = a[1..];
                    if (r.Length == 0 || !IsSyllable(r[0])) return EndingKind.Announce;
                    if (r[0] is '고' or '며' or '는' or '던' or '면' or '니' or '가' or '기') return EndingKind.Narration;
                    return r[0] == ' ' ? EndingKind.Announce : EndingKind.Unknown;
                }
                if (Starts(a, "데이") || Starts(a, "대이") || Starts(a, "다이") || Starts(a, "당께") || Starts(a, "다잉")) return EndingKind.Announce;
                return EndingKind.Narration;
            case StemForm.Infinitive:
                if (Starts(a, "버렸") || Starts(a, "삤") || Starts(a, "놨") || Starts(a, "놓았") || Starts(a, "줬") || Starts(a, "주었")) return EndingKind.Narration;
                if (Eat(ref a, "버리") || Eat(ref a, "삐"))
                {
                    if (Eat(ref a, "겠") || Eat(ref a, "겄")) return AfterWill(a);
                    if (Starts(a, "고말") || Starts(a, "께") || Starts(a, "ㄹ")) return EndingKind.Announce;
                    if (Starts(a, "는수") || Starts(a, "기전에")) return EndingKind.Announce;
                    return EndingKind.Unknown;
                }
                if (Eat(ref a, "버릴") || Eat(ref a, "삘")) return AfterFuture(a);
                if (Eat(ref a, "버린") || Eat(ref a, "삔")) return Classify(StemForm.Present, a);
                if (Starts(a, "버려라") || Starts(a, "버려야겠") || Equals(a, "버려")) return EndingKind.Announce;
                if (Eat(ref a, "놓") || Eat(ref a, "노"))
                {
                    if (Eat(ref a, "겠")) return AfterWill(a);
                    if (Starts(a, "는다") || Starts(a, "고말")) return EndingKind.Announce;
                    if (Eat(ref a, "을")) return AfterFuture(a);
                    return EndingKind.Unknown;
                }
                if (Eat(ref a, "놀") || Eat(ref a, "놓을")) return AfterFuture(a);
                if (Eat(ref a, "줄") || Eat(ref a, "드릴"))
                {
                    if (Starts(a, "까") || Starts(a, "게") || Starts(a, "께") || Starts(a, "테") || Starts(a, "래")) return EndingKind.Announce;
                    return AfterFuture(a);
                }
                if (Eat(ref a, "주") || Eat(ref a, "드리"))
                {
                    if (Eat(ref a, "겠")) return AfterWill(a);
                    return EndingKind.Unknown; // 주세요, 주시면: a request
                }
                if (Starts(a, "준다") || Starts(a, "줍니") || Starts(a, "주께")) return EndingKind.Announce;
                if (Starts(a, "야겠") || Starts(a, "줘야겠") || Starts(a, "줘야지") || Starts(a, "드려야겠")) return EndingKind.Announce;
                return EndingKind.Unknown;
        }
        return EndingKind.Unknown;
    }

    // after 겠: 죽이겠다, 죽이겠습니다, 죽이겠어, 죽이겠음; not 죽이겠네 (conjecture), 죽이겠냐, 죽이겠다고 했다 (reported)
    private static EndingKind AfterWill(ReadOnlySpan<char> a)
    {
        if (a.Length == 0) return EndingKind.Announce;
        if (a[0] == ' ') return EndingKind.Announce;
        if (a.StartsWith("다"))
        {
            var r = a[1..];
            if (r.Length > 0 && r[0] is '고' or '며' or '는' or '던' or '면' or '니' or '가') return EndingKind.Narration;
            return EndingKind.Announce;
        }
        if (a.StartsWith("습니까") || a.StartsWith("는") || a.StartsWith("네") || a.StartsWith("지") || a.StartsWith("냐") || a.StartsWith("니")
            || a.StartsWith("나") || a.StartsWith("구나") || a.StartsWith("군")) return EndingKind.Unknown;
        return a[0] is '습' or '어' or '음' or '소' or '슴' or '심' or '데' or '대' or '다' or '요' || !IsSyllable(a[0])
            ? EndingKind.Announce : EndingKind.Unknown;
    }

    // after the future modifier: 죽일 거야, 죽일 게, 죽일 테니, 죽일란다, 죽일래, 죽일랑께, 죽일끼다, 죽일 기다, 죽일겨, 죽일 수도 있다
    private static EndingKind AfterFuture(ReadOnlySpan<char> a)
    {
        var t = a.TrimStart(' ');
        if (t.IsEmpty) return EndingKind.Unknown;
        if (Starts(t, "뻔") || Starts(t, "줄알았") || Starts(t, "줄몰랐")) return EndingKind.Narration;
        if (Starts(t, "것") || Starts(t, "겁") || Starts(t, "게") || Starts(t, "테") || Starts(t, "란다") || Starts(t, "래")
            || Starts(t, "랑께") || Starts(t, "랍니") || Starts(t, "겨") || Starts(t, "줄알아") || Starts(t, "수도있") || Starts(t, "수있")
            || Starts(t, "끼다") || Starts(t, "끼데") || Starts(t, "끼라") || Starts(t, "기다") || Starts(t, "기데") || Starts(t, "꺼다"))
        {
            if (Starts(t, "게아니") || Starts(t, "게뻔")) return EndingKind.Unknown;
            return EndingKind.Announce;
        }
        if (Eat(ref t, "거"))
        {
            t = t.TrimStart(' ');
            if (t.IsEmpty || !IsSyllable(t[0])) return EndingKind.Announce;
            if (Starts(t, "같") || Starts(t, "라고") || Starts(t, "라며") || Starts(t, "라는")) return EndingKind.Unknown;
            return t[0] is '다' or '야' or '예' or '에' or '요' or '임' or '여' or '라' or '니' or '든' or '지' or '잖' or '이' or '유' or '제' or '고'
                ? EndingKind.Announce : EndingKind.Unknown;
        }
        return EndingKind.Unknown;
    }

    private static bool IsSyllable(char c) => c is >= '가' and <= '힣';

    /// <summary>Folds spellings that disguise or dialectally vary a word: tense ㄲ/ㅃ to ㄱ/ㅂ (꺼 = 거, 뻐 = 버), ㅠ to ㅜ (쥭 = 죽).</summary>
    public static char Fold(char c) => FoldTable[c];

    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var t = new char[65536];
        for (int c = 0; c < 65536; c++) t[c] = FoldSyllable((char)c);
        return t;
    }

    private static char FoldSyllable(char c)
    {
        if (c is < '가' or > '힣') return c;
        int idx = c - '가';
        int l = idx / 588, v = idx % 588 / 28, t = idx % 28;
        if (l == 1) l = 0;
        else if (l == 8) l = 7;
        if (v == 17) v = 13;
        return (char)('가' + l * 588 + v * 28 + t);
    }

    // a starts with lit, spaces in a ignored, spellings folded
    internal static bool Starts(ReadOnlySpan<char> a, string lit)
    {
        var b = a;
        return Eat(ref b, lit);
    }

    private static bool Equals(ReadOnlySpan<char> a, string lit)
    {
        var b = a;
        return Eat(ref b, lit) && b.Trim(' ').IsEmpty;
    }

    // consumes lit from the start of a (spaces in a skipped, spellings folded); false and a unchanged when it does not match
    internal static bool Eat(ref ReadOnlySpan<char> a, string lit)
    {
        int j = 0;
        foreach (char c in lit)
        {
            while (j < a.Length && a[j] == ' ') j++;
            if (j >= a.Length || Fold(a[j]) != Fold(c)) return false;
            j++;
        }
        a = a[j..];
        return true;
    }
}
