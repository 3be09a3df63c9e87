using Minwon.Screening.Normalization;

namespace Minwon.Screening.Abuse;

/// <summary>
/// High-recall rules for threats of violence, matched on normalised text with spaces ignored (불 질러 버린다 → 불질러버린다).
/// Verb stems are listed with their conjugations; the contextual rule for 찾아가다 fires when the target is a person or
/// their home (너, 담당자, 집으로 찾아간다) or when it is said in the plain/informal threatening register (찾아가겠다, 찾아간다),
/// but not when the citizen says they will go to an institution (감사원에 찾아가서 민원 넣겠다) or politely visit the office
/// (직접 찾아가겠습니다). Legal or administrative steps (법적으로 대응하겠다, 행정심판, 고소하겠다) and "가만있지 않겠다"
/// (I will not stay silent) are not threats.
/// </summary>
internal sealed class ThreatRules
{
    private readonly string[] _patterns;
    private readonly bool[] _needsWordStart;

    // Patterns that begin with a short word (pronoun, body part) must start a word: 어머니 죽었다 is not 니 죽었다.
    private const string WordStartSyllables = "넌너니당그등길목피총패딸애집기두오";
    private readonly int[] _bucketStart = new int[65537];

    public static ThreatRules Default { get; } = new();

    private ThreatRules()
    {
        var list = new List<string>();
        foreach (var raw in Patterns.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var e in PatternExpander.Expand(raw))
            {
                var norm = KoreanNormalizer.Normalize(e).Replace(" ", "", StringComparison.Ordinal);
                if (norm.Length > 0) list.Add(norm);
            }
        }
        list = list.Distinct(StringComparer.Ordinal).ToList();
        list.Sort((a, b) => a[0] != b[0] ? a[0].CompareTo(b[0]) : b.Length.CompareTo(a.Length));
        _patterns = list.ToArray();
        _needsWordStart = _patterns.Select(p => WordStartSyllables.Contains(p[0]) || p.Length <= 2).ToArray();
        var counts = new int[65536];
        foreach (var p in _patterns) counts[p[0]]++;
        int acc = 0;
        for (int c = 0; c < 65536; c++)
        {
            _bucketStart[c] = acc;
            acc += counts[c];
        }
        _bucketStart[65536] = acc;
    }

    public int PatternCount => _patterns.Length;

    // Stems with conjugations. {a,b} = alternatives; spaces in the text are ignored when matching.
    private const string Patterns = """
        죽여{버리,버릴,버린,버려,벌,놓,놓겠,줄,주겠,줄게,줄께,줄까,야겠,버린다,버리겠,드릴,드리} 죽이{겠,러,고말,고야,고싶다,고싶어,고싶네,려고,러간} 죽인{다,다고,다는} 죽일{거,꺼,테,게,께,까,줄,것,수도} 쳐죽 때려죽 패죽 찔러죽 쏴죽 밟아죽 목졸라 죽이고나도
        죽고싶{냐,니,어서,지않으면,나} 뒤지고싶{냐,니,어} 뒈지고싶 디지고싶 뒤질{래,줄,각오} 죽을{줄알아,줄알고,줄알어,줄알라,각오,줄아} {넌,너는,너,니,니는,당신,당신은,너희,니들}{죽었,끝났,오늘죽}
        찔러{버,버릴,버린,줄,주겠} 칼{들고,가지고,챙겨,품고,빵,침,로찌르,로찔,로쑤,으로찌르,맞고,부림} 흉기{들고,가지고,로} 사시미 회칼 각목{들고,으로} 야구방망이{들고,로} 망치{들고,로때,로머} 쇠파이프 골프채{로,들고}
        불{,을}{질러버,질러줄,질러주,질러놓,지르겠,지르러,지를,지른다} 불{싸질러,태워버,태워죽,놓겠,을놓,낼거,내버} 싸질러 태워{버리,버릴,버린,죽} 휘발유{뿌,들고,가지고,부어} 시너{뿌,들고,부어} 기름{뿌려,부어} 방화{하겠,할거,할꺼,해버} 폭탄{을,}{터뜨리겠,터뜨릴,터뜨려,터트리겠,터트릴,터트려,던지겠,던질,던져,설치하겠,설치할,설치하러,설치해,들고,가지고,보내겠,보낼} 폭파{하겠,할거,할꺼,시켜버,시키겠,해버} 테러{하겠,할거,할꺼,한다,하러,해버} 총{으로쏴,들고,으로쏠,쏴,쏠} 쏴{버,버릴,버린} 염산{뿌,을뿌,들고}
        패{버리,버릴,버린,버려,줄까,주겠,줄게} 때려{버릴,버린,버리,줄,주겠,패,부수,부숴} 두들겨{패,팰,줄} 박살{내,낼} 부숴{버,버릴,버린} 부셔{버,버릴,버린} 아작{내,낼} 조져{버,버릴,버린,줄,주겠} 작살{내,낼} 밟아{버,버릴,버린,줄,주겠} 담가{버,버릴,버린,줄} 묻어{버린다,버릴,버리겠,버려,줄,주겠} 찢어{버,버릴,버린,죽}
        목{을따,따버,을따버,따러,을비틀,비틀,졸라,을졸라} 모가지{를,}{따,비틀,꺾,날려} 피{를,}{보게,볼줄,볼거,볼꺼,볼각,보고싶,보여줄,보기싫} 피바다 해코지{하겠,할거,할꺼,한다,해주,하러} 보복{하겠,할거,할꺼,한다,해주,하러} 납치{하겠,할거,할꺼,해버,하러} 해치{겠,러,울,고싶} 다치게{해,할,만들} 다치고싶{냐,니} 가만{두지않,두지안,안두,안둔,안둡,안둬,안놔,안놔둬,놔두지않,놔두지안,두나보자,둘줄,안둘} 가만히{두지않,안두,안둔,안둡,안둬,안둘}
        퇴근{길,할때,하고,시간}{조심,에조심,에보자,에두고,에만나,노려} 퇴근{길,할때,하고,시간}{,에}기다{리겠,릴게,릴께,릴거,릴꺼,릴테,린다,리고있겠,리고있을,리고있는다,려라} 출근{길}{조심,에조심} 밤길{조심,에조심} 뒤통수{조심} 등{뒤,}조심 길{조심해라,조심하라고} 몸조심{해라,하라고} 목숨{조심,이아깝,아까운줄,부지} 오래살{고싶으면,기싫} 제명에못
        어디사는지{알,다알,안다,아는} 사는곳{알,다알,안다,찾아} 사는데{알,다알,안다} 집{주소알,주소다알,이어딘지알,이어디인지알,이어딘지다,어딘지알,까지알} {너네,니네,니,당신,당신네,담당자,그쪽}집{알,다알,찾,으로찾,에찾,까지찾,앞,에불,에가,으로가,까지가} 집{으로,까지,앞으로,앞까지}{찾아가,찾아간,찾아갈,쫓아가,쫓아간,쫓아갈,따라가,따라갈} 집앞{에서기다,에서보자,에찾,에서지켜}
        가족{조심,들조심,도조심,들도조심,한테해코지,건드,까지죽,까지무사,들무사,이무사,들까지조심} 애들{조심해,조심하라,조심시켜,학교알,무사}
        {가족,애들,자식,딸,아들,와이프,마누라,부모,남편,아내,식구}{,들}{,도,까지,은,는,한테}{조심해,조심하라,조심하세요,조심하십시오,조심하는게,조심시켜} {다니는,다니는데}{학교,유치원,어린이집,학원,회사,직장}{,다,도,까지}{알고있,알아냈,알아놨,안다} 자식{조심,들조심,새끼들조심} 딸{조심,래미조심} 아들{조심} 와이프{조심} 마누라{조심} 부모{조심}
        따라{가서,갈거,갈테,가겠다}{죽,패,찔러} 쫓아{가서죽,가서패,가겠다,간다,갈거} 각오{해라,해둬,하고와,하고있어,하세요,하십시오,하시오,하시길,하시는게,하는게좋,해,해요} 두고{보자,봐라} {넌,너,니,당신}{죽는다,죽어}
        차로{밀어버리겠,밀어버릴,밀어버린다,들이받겠,들이받을거,들이받아버리,들이받아버릴,쳐버리겠,쳐버릴}
        칼{로,으로}{찌를,쑤실}{거,꺼,테,게,께,줄} 분신{하겠,할거,할꺼,할테,한다,하러,해버} 자해{하겠,할거,할꺼,할테,해버}
        killyou
        """;

    // 찾아가다 context: targets that make it a threat, and institutions that make it a visit.
    private static readonly string[] PersonTargets =
        ["너", "니", "당신", "담당자", "담당", "직원", "공무원", "그놈", "그년", "그새끼", "주무관", "팀장", "과장", "국장", "너희", "니들", "니네", "너네", "느그", "집", "댁", "가족", "애들", "자식", "얼굴", "너를", "니를", "놈", "년", "새끼", "그쪽"];

    private static readonly string[] Particles = ["", "를", "을", "이", "가", "한테", "에게", "네", "의", "까지", "으로", "로", "에", "들", "들한테", "들을", "들까지", "도", "은", "는"];

    private static readonly string[] Institutions =
        ["감사원", "권익위", "신문고", "구청", "시청", "도청", "군청", "청와대", "대통령실", "국회", "법원", "검찰", "경찰", "민원실", "기관", "본부", "부처", "장관", "의원", "언론", "방송", "기자", "변호사", "행정", "사무소", "센터", "주민", "사무실", "시장실", "청사", "실로", "상급", "위원회", "공단", "청장", "시장님", "구청장", "군수", "도지사", "교육청", "노동부", "부서", "창구", "본청", "관청"];

    /// <summary>Threat hits on normalised text <paramref name="s"/>; returns the number written to <paramref name="hits"/>.</summary>
    public int Match(ReadOnlySpan<char> s, Span<AbuseLexicon.Hit> hits)
    {
        int count = 0;
        int coveredUntil = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ' ' || i < coveredUntil) continue;
            int from = _bucketStart[c], to = _bucketStart[c + 1];
            int end = -1;
            bool wordStart = i == 0 || s[i - 1] == ' ';
            for (int k = from; k < to; k++)
            {
                if (_needsWordStart[k] && !wordStart) continue;
                end = MatchIgnoringSpaces(s, i, _patterns[k]);
                if (end >= 0) break;
            }
            if (end >= 0 && NotAnnounced(s, i, end)) end = -1;
            if (end < 0 && c == '찾') end = VisitThreat(s, i);
            if (end < 0) continue;
            if (count < hits.Length) hits[count++] = new AbuseLexicon.Hit(i, end, AbuseCategory.Threat);
            coveredUntil = end;
        }
        return count;
    }

    /// <summary>
    /// Whether the words right after a hit make it a report rather than an announcement: the past (찢어 버렸습니다,
    /// 죽였다: a syllable closed by ㅆ, but not 겠 or 있), a past or present modifier (찢어 버린 사람, 때려 부수는 소음;
    /// not 찔러 버리는 수가 있다), a connective (밟아 버려서), the progressive (때려 부수고 있습니다), a simile
    /// (칼로 찌를 거 같은 통증) or the lament 피 보게 생겼다; and, for 조심/각오, an obligation or a connective
    /// (밤길 조심해야 할 정도, 불편을 각오해야 한다, 조심해서 운전) unless it is 조심해야 할 거다.
    /// </summary>
    private static bool NotAnnounced(ReadOnlySpan<char> s, int start, int end)
    {
        Span<char> next = stackalloc char[8];
        int n = Compact(s, end, next);
        var after = next[..n];
        char last = s[end - 1];
        if (n > 0 && IsPast(after[0]) && !(last == '죽' && after[0] == '었')) return true; // 너 오늘 죽었다: "you are dead"
        if (after.StartsWith("생기") || after.StartsWith("생겼") || after.StartsWith("생길")) return true;
        if (after.StartsWith("같") || after.StartsWith("처럼") || after.StartsWith("듯") || after.StartsWith("마냥")) return true;
        if (last == '린' && !after.StartsWith("다")) return true;
        if (after.StartsWith("린") && !after[1..].StartsWith("다")) return true;
        if ((after.StartsWith("는") && !after[1..].StartsWith("수")) || (after.StartsWith("리는") && !after[2..].StartsWith("수"))) return true;
        if (after.StartsWith("려서") || after.StartsWith("려도") || after.StartsWith("어서") || after.StartsWith("러서")) return true;
        if (ProgressiveNarration(after) || (after.StartsWith("리") && ProgressiveNarration(after[1..]))) return true;

        // 조심/각오: the text after the noun
        var hit = s[start..end];
        int key = hit.IndexOf("조심".AsSpan());
        if (key < 0) key = hit.IndexOf("각오".AsSpan());
        if (key < 0) return false;
        n = Compact(s, start + key + 2, next);
        after = next[..n];
        if (after.StartsWith("해서") || after.StartsWith("하라는") || after.StartsWith("안")) return true;
        if (after.StartsWith("해야"))
        {
            var rest = after[2..];
            return !(rest.StartsWith("할거") || rest.StartsWith("할꺼") || rest.StartsWith("할겁") || rest.StartsWith("할테")
                || rest.StartsWith("될거") || rest.StartsWith("될걸") || rest.StartsWith("할걸"));
        }
        return false;

        static bool ProgressiveNarration(ReadOnlySpan<char> a) =>
            a.StartsWith("고있") && !(a[2..].StartsWith("겠") || a[2..].StartsWith("을") || a[2..].StartsWith("어"));
    }

    // up to dest.Length characters of s from position i, spaces left out
    private static int Compact(ReadOnlySpan<char> s, int i, Span<char> dest)
    {
        int n = 0;
        for (; i < s.Length && n < dest.Length; i++)
        {
            if (s[i] != ' ') dest[n++] = s[i];
        }
        return n;
    }

    // a Hangul syllable closed by ㅆ (렸, 였, 했, 냈 …): the past; 겠 (future) and 있 (to be) are not
    private static bool IsPast(char c) => c is >= '가' and <= '힣' && (c - '가') % 28 == 20 && c is not ('겠' or '있');

    private static int MatchIgnoringSpaces(ReadOnlySpan<char> s, int i, string p)
    {
        int j = i, k = 0;
        while (k < p.Length)
        {
            if (j >= s.Length) return -1;
            if (s[j] == ' ')
            {
                j++;
                continue;
            }
            if (s[j] != p[k]) return -1;
            j++;
            k++;
        }
        return j;
    }

    // 찾아가/찾아간/찾아갈/찾아와 …
    private static int VisitThreat(ReadOnlySpan<char> s, int i)
    {
        int end = MatchIgnoringSpaces(s, i, "찾아");
        if (end < 0 || end >= s.Length) return -1;
        int j = end;
        if (s[j] == ' ') j++;
        if (j >= s.Length) return -1;
        char v = s[j];
        if (v is not ('가' or '간' or '갈')) return -1; // 찾아와, 찾아뵙: narration or a polite visit
        int tailEnd = j + 1;
        while (tailEnd < s.Length && s[tailEnd] != ' ') tailEnd++;
        var tail = s[(j + 1)..tailEnd]; // ending after the stem syllable: 겠다, 다, 거다, 서, 겠습니다 …
        int windowEnd = tailEnd;
        for (int w = 0; w < 2 && windowEnd < s.Length; w++)
        {
            windowEnd++;
            while (windowEnd < s.Length && s[windowEnd] != ' ') windowEnd++;
        }
        var window = s[(j + 1)..windowEnd];

        // look back up to three words for a person/home target or an institution
        bool person = false, institution = false, place = false;
        int wordsBack = 0;
        int p = i - 1;
        while (p > 0 && wordsBack < 3)
        {
            if (s[p] == ' ') p--;
            int wEnd = p + 1;
            while (p >= 0 && s[p] != ' ') p--;
            var word = s[(p + 1)..wEnd];
            if (word.IsEmpty) break;
            if (wordsBack == 0 && (word[^1] == '에' || word[^1] == '로')) place = true;
            wordsBack++;
            if (IsPersonTarget(word)) person = true;
            foreach (var inst in Institutions)
            {
                if (word.IndexOf(inst.AsSpan()) >= 0) institution = true;
            }
        }
        // narration or a step in a sequence, even with a person as the target: 담당 주무관을 찾아가서 상담을 받았는데,
        // 찾아가 보니, 찾아가는 길에, 찾아간 적이 (what follows 찾아가서 is matched by the other rules)
        bool narration = tail.StartsWith("서".AsSpan()) || tail.StartsWith("보".AsSpan()) || tail.StartsWith("니".AsSpan())
            || tail.StartsWith("는".AsSpan()) || tail.StartsWith("야".AsSpan()) || tail.StartsWith("도".AsSpan())
            || tail.StartsWith("던".AsSpan()) || tail.StartsWith("든".AsSpan()) || (tail.Length == 0 && v is '가' or '간');
        if (person) return narration ? -1 : tailEnd;
        if (institution || place) return -1;
        if (window.IndexOf("습니".AsSpan()) >= 0 || window.IndexOf("니다".AsSpan()) >= 0 || window.IndexOf("요".AsSpan()) >= 0
            || window.IndexOf("보겠".AsSpan()) >= 0)
        {
            return -1;
        }
        // plain register: 찾아간다, 찾아가겠다, 찾아갈거다, 찾아갈게; not 찾아가보니 (narration), 찾아가야 (obligation), 찾아가서 (sequence)
        if (tail.StartsWith("보".AsSpan()) || tail.StartsWith("야".AsSpan()) || tail.StartsWith("니".AsSpan()) || tail.StartsWith("는".AsSpan())
            || tail.StartsWith("도".AsSpan()) || tail.StartsWith("면".AsSpan()) || tail.StartsWith("았".AsSpan()) || tail.StartsWith("서".AsSpan())
            || tail.StartsWith("려".AsSpan()) || tail.StartsWith("기".AsSpan()) || tail.StartsWith("라".AsSpan()) || tail.StartsWith("고".AsSpan())
            || tail.StartsWith("지".AsSpan()) || tail.StartsWith("든".AsSpan()) || tail.StartsWith("던".AsSpan()))
        {
            return -1;
        }
        return tail.Length == 0 && v == '가' ? -1 : tailEnd;
    }

    private static bool IsPersonTarget(ReadOnlySpan<char> word)
    {
        foreach (var t in PersonTargets)
        {
            if (!word.StartsWith(t.AsSpan(), StringComparison.Ordinal)) continue;
            var rest = word[t.Length..];
            foreach (var particle in Particles)
            {
                if (rest.SequenceEqual(particle.AsSpan())) return true;
            }
        }
        return false;
    }
}
