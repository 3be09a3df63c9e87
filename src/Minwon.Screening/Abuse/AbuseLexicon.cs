using Minwon.Screening.Normalization;

namespace Minwon.Screening.Abuse;

/// <summary>
/// High-precision word list (profanity, insults, sexual harassment, hate) matched on normalised text.
/// A hit may cross spaces (씨 발, 개 새끼) only when it starts at the start of a word and every piece before the last
/// is a short whole word; so "질병 신고" never reads as 병신 and "수박씨 발라" never as 씨발.
/// </summary>
internal sealed class AbuseLexicon
{
    /// <summary>True when the word before a hit makes it an everyday use (감을 따먹는, 확인을 한번 하자).</summary>
    private delegate bool WordGuard(ReadOnlySpan<char> previousWord);

    /// <summary>True when the hit [start, end) of <paramref name="s"/> is an everyday use, judged on its context.</summary>
    private delegate bool ContextGuard(ReadOnlySpan<char> s, int start, int end);

    private readonly struct Entry(string pattern, AbuseCategory category, string[]? notFollowedBy, bool digitGuard, bool weak, WordGuard? notAfter, ContextGuard? everyday)
    {
        public readonly ContextGuard? Everyday = everyday;
        public readonly WordGuard? NotAfter = notAfter;
        public readonly string Pattern = pattern;
        public readonly bool Weak = weak;
        public readonly AbuseCategory Category = category;
        public readonly string[]? NotFollowedBy = notFollowedBy;
        public readonly bool DigitGuard = digitGuard;
    }

    private readonly Entry[] _entries;
    private readonly int[] _bucketStart = new int[65537];

    public static AbuseLexicon Default { get; } = new(Build());

    private AbuseLexicon(List<Entry> entries)
    {
        // bucket entries by first character, longest pattern first
        entries.Sort((a, b) => a.Pattern[0] != b.Pattern[0] ? a.Pattern[0].CompareTo(b.Pattern[0]) : b.Pattern.Length.CompareTo(a.Pattern.Length));
        _entries = entries.ToArray();
        var counts = new int[65536];
        foreach (var e in _entries) counts[e.Pattern[0]]++;
        int acc = 0;
        for (int c = 0; c < 65536; c++)
        {
            _bucketStart[c] = acc;
            acc += counts[c];
        }
        _bucketStart[65536] = acc;
    }

    public int EntryCount => _entries.Length;

    /// <summary>Calls <paramref name="onHit"/> for each hit (normalised start, end exclusive, category), non-overlapping per start.</summary>
    public int Match(ReadOnlySpan<char> s, Span<Hit> hits)
    {
        int count = 0;
        int coveredUntil = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ' ') continue;
            int from = _bucketStart[c], to = _bucketStart[c + 1];
            for (int k = from; k < to; k++)
            {
                ref readonly var e = ref _entries[k];
                int end = MatchAt(s, i, e.Pattern);
                if (end < 0) continue;
                if (e.NotFollowedBy is { } nf && FollowedByAny(s, end, nf)) continue;
                if (e.DigitGuard && !DigitContextOk(s, i, end)) continue;
                if (e.NotAfter is { } guard && guard(PreviousWord(s, i))) continue;
                if (e.Everyday is { } everyday && everyday(s, i, end)) continue;
                if (e.Pattern == "18" && !((i == 0 || s[i - 1] == ' ') && (end == s.Length || s[end] == ' '))) continue; // bare 18: a whole word
                if (i < coveredUntil && end <= coveredUntil) break; // inside an earlier hit
                if (count < hits.Length) hits[count++] = new Hit(i, end, e.Category, e.Weak);
                coveredUntil = Math.Max(coveredUntil, end);
                break; // longest entry for this start wins
            }
        }
        return count;
    }

    /// <summary>End (exclusive) of a match of <paramref name="p"/> at <paramref name="i"/>, or -1.</summary>
    internal static int MatchAt(ReadOnlySpan<char> s, int i, string p)
    {
        int j = i, k = 0, pieceLen = 0;
        bool crossed = false;
        int maxPiece = p.Length >= 5 ? 4 : 3; // 엉덩이가 크던데: a long pattern is unlikely to be an accident of spacing
        while (k < p.Length)
        {
            if (j >= s.Length) return -1;
            char c = s[j];
            if (c == ' ')
            {
                if (pieceLen > maxPiece) return -1;
                crossed = true;
                pieceLen = 0;
                j++;
                continue;
            }
            if (c != p[k]) return -1;
            j++;
            k++;
            pieceLen++;
        }
        if (crossed && i > 0 && s[i - 1] != ' ') return -1;
        return j;
    }

    private static bool FollowedByAny(ReadOnlySpan<char> s, int end, string[] suffixes)
    {
        var rest = s[end..];
        foreach (var suffix in suffixes)
        {
            if (rest.StartsWith(suffix.AsSpan(), StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> s, int start)
    {
        int end = start;
        while (end > 0 && s[end - 1] == ' ') end--;
        if (end == start && start > 0) return []; // the hit starts inside a word
        int begin = end;
        while (begin > 0 && s[begin - 1] != ' ') begin--;
        return s[begin..end];
    }

    // "18" reads as 시발 only when it is not a number: not part of a longer number, not an ordinal (제18조), not a count (18일, 18 명).
    private static bool DigitContextOk(ReadOnlySpan<char> s, int start, int end)
    {
        if (char.IsAsciiDigit(s[start]) && start > 0)
        {
            char before = s[start - 1];
            if (char.IsAsciiDigit(before) || before == '제' || before == '第' || before == '.') return false;
        }
        else if (start > 0 && char.IsAsciiDigit(s[start - 1])) return false;
        if (char.IsAsciiDigit(s[end - 1]))
        {
            int a = end;
            if (a < s.Length && s[a] == ' ') a++;
            if (a < s.Length && (char.IsAsciiDigit(s[a]) || Counters.Contains(s[a]))) return false;
            if (a + 1 < s.Length && s[a] == '가' && s[a + 1] is '구' or '지') return false; // 18 가구, 18 가지
        }
        return true;
    }

    private const string Counters = "일년월세살명개번층호동원분시초회차건장평만천억조대위등급점권쪽교주곳군통kmgx%";

    /// <summary>A match; <paramref name="Weak"/> when the word alone does not make a text abusive (the model decides).</summary>
    internal readonly record struct Hit(int Start, int End, AbuseCategory Category, bool Weak = false);

    private static List<Entry> Build()
    {
        var list = new List<Entry>();
        void Add(AbuseCategory cat, string patterns, string[]? notFollowedBy = null, bool weak = false, WordGuard? notAfter = null, ContextGuard? everyday = null)
        {
            foreach (var raw in patterns.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var expanded in PatternExpander.Expand(raw))
                {
                    var norm = KoreanNormalizer.Normalize(expanded);
                    if (norm.Length == 0) continue;
                    bool digits = norm.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
                    list.Add(new Entry(norm, cat, notFollowedBy, digits, weak, notAfter, everyday));
                }
            }
        }

        Add(AbuseCategory.Profanity,
            "씨바 씨빨 씨빠 씨팔 씨펄 씨벌 씹발 씨부랄 씨부럴 씨불 쓰발 쓰바 쓰벌 ㅆ발 ㅅ발 시bal 싸발 " +
            "시팔 시펄 시벌탱 십팔 십발 신발끈 씹새 씹년 씹놈 씹할 씹창 씹덕 씹쌔 ㅅㅂ ㅆㅂ ㅅㅍ ㅆㅍ ㅅㅂㄹㅁ ㅆㅂㄹㅁ " +
            "좆 좃같 좇같 좆같 좆까 ㅈ같 ㅈㄲ ㅈㄹ 지랄 지럴 개지랄 옘병 " +
            "존나 졸라게 존니 ㅈㄴ 졸라리 " +
            "개새끼 개새기 개색기 개색끼 개색히 개세끼 개쉐이 개쉑 개섀끼 개새 개객기 개쌔끼 ㅅㄲ ㄱㅅㄲ 개ㅅㄲ " +
            "엿먹어 엿이나 닥치세요 꺼져라 꺼지라고 꺼지세요 아가리 주둥아리 주댕이 " +
            "니애미 니애비 느금마 느금 느개비 니미럴 니미 애미없 애비없 애미뒤 애비뒤 엄창 " +
            "씨1발 씨1바 씨1빨 병1신 븅1신 지1랄 존1나 좆1같 개1새끼 개새1끼 " +
            "18 18놈 18년아 18년들 18새끼 18아 아18 씨18 시18 ㅅ1ㅂ 18것 " +
            "뒤져라 뒈져 뒤질래 디져라 뒤지세요 쌍놈 쌍년 썅 썅년 호로새끼 호로자식 후레자식 " +
            "fuck fuk fck shit bitch btch bastard asshole cunt motherfucker dickhead wtf stfu sibal ssibal shibal");
        // exceptions: 시발점/시발역 (starting point), 신발끈 is the classic euphemism but 신발 alone is a shoe
        Add(AbuseCategory.Profanity, "시발 ㅅ1발 시1발", ["점", "역", "택", "착", "차"]);

        Add(AbuseCategory.Insult,
            "븅신 빙신 병싄 등신 ㅂㅅ ㅄ 머저리 얼간이 멍청이 멍청한놈 멍청한년 미친놈 미친년 미친새끼 미친개 미친것들 " +
            "또라이 또라이새끼 버러지 벌레만도 인간쓰레기 쓰레기같은놈 쓰레기새끼 쓰레기같은년 찌질이 " +
            "정신병자 정신병걸린 한심한놈 닭대가리 새대가리 돌대가리 밥버러지 세금도둑 세금충 월급루팡 무뇌 무능한것들 한심한것들 멍청한것들 미쳤냐 미쳤니 " +
            "{너,니,당신,너네,니네,니들,너희,그쪽}{,는,은,가,이,도}{미쳤,돌았}{냐,니,어,나,지,구나,네,습니까,어요} " +
            "짐승만도 개만도 개같이 싸가지 머리가{나쁘냐,나쁘니,나쁘세요,나쁘신,나쁘십} 헛소리하지마 ㅁㅊ 뇌가없 " +
            "idiot moron dumbass retard");
        Add(AbuseCategory.Insult, "병신", ["고", "청"]);
        // 길을 돌아 이동해야 (going round), 우리 개 같은 경우 (as for our dog)
        Add(AbuseCategory.Insult, "돌아이", ["동", "용", "전", "후", "번", "제", "쪽", "곳"]);
        Add(AbuseCategory.Insult, "개같은", ["경우", " 경우"]);
        // 태풍이 닥쳐서, 장마가 닥쳐야: the verb "to come upon", not "shut up"
        Add(AbuseCategory.Profanity, "닥쳐", ["오", "온", "올", "서", "야", "도"]);
        Add(AbuseCategory.Profanity, "조까", ["지"]);
        // seventh round: words whose everyday reading shows in the words around them
        Add(AbuseCategory.Profanity, "염병", everyday: (s, i, _) => i > 0 && s[i - 1] is '전' or '감'); // 전염병, 감염병
        // 장마가 닥치고 나서: "to come upon" after a subject, or 닥치고 나서 (after it came)
        Add(AbuseCategory.Profanity, "닥치고", ["나서", " 나서", "나니", " 나니", "나면", " 나면"], notAfter: IsNounSubject);
        Add(AbuseCategory.Profanity, "졸라", ["서", " 서", "대", "댔", "도", "야", "봐", " 봐", "보", " 보", "고", "게", "리"], notAfter: w => w.EndsWith("을") || w.EndsWith("를") || w.StartsWith("목"));
        // 한 번이라도 돌았나 싶을 정도 (went round), 미친 것처럼 (like mad)
        Add(AbuseCategory.Insult, "돌았냐 돌았나", ["싶", " 싶"]);
        Add(AbuseCategory.Insult, "미친것", ["처럼", "같", " 같", "마냥"]);
        // 개 돼지 농장, 개 소리가 (a dog's noise): two words and an animal's context
        Add(AbuseCategory.Insult, "개돼지", everyday: (s, i, end) => Spaced(s, i, end) && FollowedByWord(s, end, AnimalContext));
        Add(AbuseCategory.Insult, "개소리", everyday: (s, i, end) => Spaced(s, i, end) && FollowedByWord(s, end, ["가", "이", "에", "도", "만", "로", "때문", "들", "는", "를 녹음", "가 나"]));
        // 포도 씨 발라내다 (to take the seeds out); 박 씨 발코니, 김 씨 발표: the honorific 씨 before a word that starts with 발
        Add(AbuseCategory.Profanity, "씨발", ["라"], everyday: (s, i, end) => Spaced(s, i, end) && end < s.Length && s[end] != ' ' && !"놈년새것아라같".Contains(s[end]));
        // 잠 좀 자고 싶습니다: sleep, unless with someone (주무관이랑 자고 싶다, 같이 자고 싶어)
        Add(AbuseCategory.SexualHarassment, "자고싶", everyday: (s, i, _) => !WithSomeone(s, i));
        Add(AbuseCategory.SexualHarassment, "떡치", ["기"]); // 떡치기 (pounding rice cakes)
        // 대가리 for a person's head; 생선 대가리, 멸치대가리, 못 대가리 are literal
        Add(AbuseCategory.Insult, "대가리", everyday: (s, i, _) => LiteralHead(s, i));
        Add(AbuseCategory.SexualHarassment,
            "섹시 쎅시 몸매{좋,죽,끝내} 몸매가{좋,죽,끝내,예쁘,섹시} 가슴{만지,만져,보여} 가슴{이,}{커서,크네,크던,크다,커요} 엉덩이{만지,만져} 엉덩이{,가}{크던,크네,크다,커서,커요,크고,큰} 허벅지{보여,만지,만져} 목소리{가,}{야하,섹시} 만지고싶 만져{주,줄,보고싶} " +
            "성폭행{하,할} 모텔{가자,갈래,가요} 창녀 창년 걸레년 꼴리 꼴린 " +
            "젖탱 젖가슴 보짓 보빨 속옷{색,보여} 오빠가{해줄,만져} 빨아줄 " +
            "sexy boobs pussy");
        // 확인을 한번 하자 (an activity as the object), 감을 따먹는 (fruit), 농담 따먹기
        Add(AbuseCategory.SexualHarassment, "한번{자자,하자,대주}", notAfter: w => w.EndsWith("을") || w.EndsWith("를"));
        Add(AbuseCategory.SexualHarassment, "따먹", ["기"], notAfter: IsFruitOrGame);
        // weak: words that news comments and complaints use to talk about a crime or a problem (강간 사건, 야동 사이트
        // 신고, 섹스 산업); in the training data most texts with them are labelled clean, so they only mark the span
        // when the model finds the text abusive
        Add(AbuseCategory.SexualHarassment, "강간 야동 섹스", weak: true);
        Add(AbuseCategory.Hate,
            "한남충 김치녀 된장녀 맘충 틀딱 급식충 일베충 짱깨 짱께 쪽바리 깜둥이 똥남아 조선족놈 전라디언 홍어족 " +
            "홍어새끼 개독 게이새끼 호모새끼 동성애자새끼 장애인새끼 난민새끼 페미년 메갈년 한남새끼 외노자 " +
            "nigger faggot");
        return list;
    }

    private static readonly string[] AnimalContext = ["농장", "농가", "축사", "사육", "분뇨", "도축", "키우", "기르", "우리", "사료", "닭", "소", "를 키", "를 기르", "들이", "가 짖"];

    private static readonly string[] HeadOwners =
        ["생선", "멸치", "고등어", "꽁치", "갈치", "명태", "동태", "대구", "물고기", "오징어", "새우", "콩나물", "못", "나사", "돼지", "소", "코다리"];

    // the hit crosses a space (개 돼지, 씨 발)
    private static bool Spaced(ReadOnlySpan<char> s, int start, int end) => s[start..end].IndexOf(' ') >= 0;

    private static bool FollowedByWord(ReadOnlySpan<char> s, int end, string[] words)
    {
        var rest = s[end..].TrimStart(' ');
        foreach (var w in words)
        {
            if (rest.StartsWith(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // 장마가 닥치고, 위기가 닥치고: a noun subject, not 니가/네가/당신이
    private static bool IsNounSubject(ReadOnlySpan<char> w) =>
        w.Length >= 2 && (w[^1] is '이' or '가') && w is not ("니가" or "네가" or "너가" or "지가" or "당신이" or "너희가" or "니들이" or "그쪽이");

    // 주무관이랑 자고, 같이 자고, 한번 자고: someone to sleep with
    private static bool WithSomeone(ReadOnlySpan<char> s, int start)
    {
        var before = s[..start].TrimEnd(' ');
        int b = before.LastIndexOf(' ');
        var w = before[(b + 1)..];
        return w.EndsWith("랑") || w.EndsWith("하고") || w.EndsWith("와") || w.EndsWith("과") || w is "같이" or "함께" or "한번" or "번" or "나랑";
    }

    private static bool LiteralHead(ReadOnlySpan<char> s, int start)
    {
        var before = s[..start];
        if (start > 0 && before[^1] == ' ') before = before.TrimEnd(' ');
        else if (start > 0) { } // 멸치대가리: the owner is glued to it
        foreach (var h in HeadOwners)
        {
            if (before.EndsWith(h, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] FruitAndGames =
        ["감", "열매", "과일", "사과", "배", "복숭아", "자두", "살구", "앵두", "오디", "밤", "포도", "귤", "딸기", "대추", "매실", "버찌", "산딸기", "돈", "농담", "말"];

    // 감을 따먹는, 열매를 따먹고, 돈 따먹기: the word before is a fruit or a stake, with or without a particle
    private static bool IsFruitOrGame(ReadOnlySpan<char> word)
    {
        foreach (var f in FruitAndGames)
        {
            if (word.StartsWith(f, StringComparison.Ordinal) && word.Length - f.Length <= 2
                && (word.Length == f.Length || word[f.Length..] is "을" or "를" or "도" or "만" or "이나" or "나" or "좀")) return true;
        }
        return false;
    }
}
