using System.Text.RegularExpressions;
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
    private const string WordStartSyllables = "넌너니당그등길목피총패딸애집기두오낫도말내";
    private readonly Dictionary<int, int[]> _byPair;

    private static int PairKey(char first, char second) => first << 16 | second;

    private static readonly Lazy<ThreatRules> Instance = new(() => new ThreatRules());

    public static ThreatRules Default => Instance.Value;

    private ThreatRules()
    {
        var list = new List<string>();
        foreach (var raw in Patterns.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var e in PatternExpander.Expand(raw))
            {
                var norm = FoldAll(KoreanNormalizer.Normalize(e).Replace(" ", "", StringComparison.Ordinal));
                if (norm.Length > 0) list.Add(norm);
            }
        }
        list = list.Distinct(StringComparer.Ordinal).ToList();
        list.Sort((a, b) => a[0] != b[0] ? a[0].CompareTo(b[0]) : b.Length.CompareTo(a.Length));
        _patterns = list.ToArray();
        _needsWordStart = _patterns.Select(p => WordStartSyllables.Contains(p[0]) || p.Length <= 2).ToArray();
        // Indexed by their first two characters, longest first within each pair (as the list is sorted), so a position
        // in the text tries only the few patterns that can match there.
        var byPair = new Dictionary<int, List<int>>();
        for (int k = 0; k < _patterns.Length; k++)
        {
            var key = PairKey(_patterns[k][0], _patterns[k].Length > 1 ? _patterns[k][1] : '\0');
            if (!byPair.TryGetValue(key, out var ks)) byPair[key] = ks = [];
            ks.Add(k);
        }
        _byPair = byPair.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        foreach (var v in HarmVerbs)
        {
            AddForm(v.Base, StemForm.Base, v);
            AddForm(v.Inf, StemForm.Infinitive, v);
            AddForm(v.Fut, StemForm.Future, v);
            if ((v.Flags & VerbFlags.NoPresent) == 0) AddForm(v.Pres, StemForm.Present, v);
        }
    }

    private void AddForm(string form, StemForm kind, HarmVerb v)
    {
        if (form.Length == 0) return;
        var f = FoldAll(form);
        if (!_forms.TryGetValue(f[0], out var list)) _forms[f[0]] = list = [];
        _formStart[f[0]] = true;
        if (!list.Exists(x => x.Form == f && x.Kind == kind && x.Verb == v)) list.Add((f, kind, v));
        list.Sort((a, b) => b.Form.Length.CompareTo(a.Form.Length));
    }

    private static string FoldAll(string p) => string.Create(p.Length, p, (dst, src) =>
    {
        for (int i = 0; i < src.Length; i++) dst[i] = ThreatEndings.Fold(src[i]);
    });

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
        내손에{,다}{죽는,죽을,죽어,죽게} 후회하게{해,만들어}{주,드리,줄,버리} {내가,제가,저도,나도}무슨{짓,행동,일}{을,}{할지,저지를지,벌일지}{모르,몰라,모릅,몰라요,장담}
        무슨일{이,}{생겨도,나도,일어나도,벌어져도}{,난,나는,저는,전}{몰,모르,모른,모릅,책임못,책임안} 잃을{게,것이,거}{,하나도,더는}{없는사람,없는놈,없다,없습,없어,없음,없으니,없는몸} 끝을{보겠,볼거,볼겁,볼테,보고말,봐야겠,보자} 말로{안,는안,는}{끝날,끝나지} 말로끝나지않을{거,겁}
        대가를{치르게,치를}{할,하겠,해,만들,될거,될겁} 대가를치를{거,겁,것} 알아서몸조심 몸조심{하시는게,하시길,하셔야할} 경호잘받으시
        칼{있다,있음,있어,챙겼,구했,샀다,준비했,갈고있,가는중,숨겨} 칼{을,도}{챙겼,구했,샀다,준비했,갈고있,숨겨} 칼을드는일 흉기{챙겼,준비했,구했,샀다} 총{구했,있다,있음,챙겼,샀다,준비했} 도끼{들고,가지고} 낫{들고,가지고}
        폭탄{을,}설치{함,했다,했음,해놨,해뒀,완료} 들이받{으러가,으러간,으러갈,겠,을거,을게,을테,아버리겠,아버릴} 브레이크{선,}{을,}{끊어놓,끊겠,끊을,잘라놓}
        유서{를,도}{써놨,써놓,써뒀,써두었,남겼,다써} 죽을{랍니,란다,랍니더} 매장{시켜버,시키겠,해버리}
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
            char c = ThreatEndings.Fold(s[i]);
            if (c == ' ' || i < coveredUntil) continue;
            bool wordStart = i == 0 || s[i - 1] == ' ';
            // the next character, spaces left out; after a digit or Latin letter inside a Hangul word (죽1여), also the
            // character after it, which MatchIgnoringSpaces skips to
            int j = i + 1;
            while (j < s.Length && s[j] == ' ') j++;
            char next = j < s.Length ? ThreatEndings.Fold(s[j]) : '\0', skipped = '\0';
            if (j == i + 1 && j + 1 < s.Length && char.IsAsciiLetterOrDigit(s[j]) && IsSyllable(s[i]) && IsSyllable(s[j + 1]))
                skipped = ThreatEndings.Fold(s[j + 1]);
            int end = MatchPair(s, i, c, next, wordStart);
            if (end < 0 && skipped != '\0') end = MatchPair(s, i, c, skipped, wordStart);
            if (end < 0) end = MatchPair(s, i, c, '\0', wordStart);
            if (end >= 0 && (NotAnnounced(s, i, end) || FormulaExcluded(s, i, end))) end = -1;
            if (end < 0 && c == '찾') end = VisitThreat(s, i);
            if (end < 0) end = MatchHarmVerb(s, i, c, wordStart);
            if (end < 0) continue;
            if (count < hits.Length) hits[count++] = new AbuseLexicon.Hit(i, end, AbuseCategory.Threat);
            coveredUntil = end;
        }
        if (count == 0) count = MatchSurveillance(s, hits);
        return count;
    }

    private int MatchPair(ReadOnlySpan<char> s, int i, char first, char second, bool wordStart)
    {
        if (!_byPair.TryGetValue(PairKey(first, second), out var candidates)) return -1;
        foreach (var k in candidates)
        {
            if (_needsWordStart[k] && !wordStart) continue;
            int end = MatchIgnoringSpaces(s, i, _patterns[k]);
            if (end >= 0) return end;
        }
        return -1;
    }

    // ---- eighth round: harm verbs × announcing endings (ThreatEndings), knowledge of the person, disguises ----

    [Flags]
    private enum VerbFlags
    {
        None = 0,
        NoPresent = 1,   // -ㄴ다 also narrates (비가 창문을 때린다, 벽을 부순다)
        NeedsPerson = 2, // only with a person before it (너는 손봐 준다; not 도로 좀 손봐 주세요)
        WordStart = 4,   // one-syllable stems (패, 팰, 팬)
        Self = 8,        // self-harm: also 농약 마시고 죽겠다 (the verb, then 고 죽 + an announcing ending)
        DeathOnly = 16,  // counts only as 약 먹고 죽겠다 (약 먹을 거예요 is medicine)
    }

    private sealed record HarmVerb(string Base, string Inf, string Fut, string Pres, VerbFlags Flags = VerbFlags.None);

    // stems of harm verbs in their four forms (base, infinitive, future modifier, present): see ThreatEndings
    private static readonly HarmVerb[] HarmVerbs =
    [
        new("죽이", "죽여", "죽일", "죽인"), new("쥑이", "쥑여", "쥑일", "쥑인"), new("", "주겨", "주길", ""), new("", "주여", "", ""),
        new("찌르", "찔러", "찌를", "찌른"), new("패", "패", "팰", "팬", VerbFlags.WordStart), new("두들기", "두들겨", "두들길", "두들긴"),
        new("때리", "때려", "때릴", "때린", VerbFlags.NoPresent), new("밟", "밟아", "밟을", "밟는", VerbFlags.NoPresent),
        new("부수", "부숴", "부술", "부순", VerbFlags.NoPresent), new("", "부셔", "", ""), new("분지르", "분질러", "분지를", "분지른"),
        new("찢", "찢어", "찢을", "찢는", VerbFlags.NoPresent), new("손보", "손봐", "손볼", "손본", VerbFlags.NeedsPerson), new("손좀보", "손좀봐", "손좀볼", "손좀본", VerbFlags.NeedsPerson),
        new("싸지르", "싸질러", "싸지를", "싸지른"),
        new("조지", "조져", "조질", "조진"), new("쳐들어가", "쳐들어가", "쳐들어갈", "쳐들어간"), new("", "묻어", "", ""),
        new("불지르", "불질러", "불지를", "불지른"), new("불을지르", "불을질러", "불을지를", "불을지른"),
        new("뛰어내리", "뛰어내려", "뛰어내릴", "뛰어내린", VerbFlags.Self), new("투신하", "투신해", "투신할", "투신한", VerbFlags.Self),
        new("자살하", "자살해", "자살할", "자살한", VerbFlags.Self), new("음독하", "음독해", "음독할", "음독한", VerbFlags.Self),
        new("목매", "목매", "목맬", "목맨", VerbFlags.Self), new("목을매", "목을매", "목을맬", "목을맨", VerbFlags.Self),
        new("목매달", "목매달아", "목매달", "목매단", VerbFlags.Self), new("죽어버리", "죽어버려", "죽어버릴", "죽어버린", VerbFlags.Self),
        new("농약마시", "농약마셔", "농약마실", "농약마신", VerbFlags.Self), new("농약을마시", "농약을마셔", "농약을마실", "농약을마신", VerbFlags.Self),
        new("농약먹", "농약먹어", "농약먹을", "농약먹는", VerbFlags.Self), new("농약을먹", "농약을먹어", "농약을먹을", "농약을먹는", VerbFlags.Self),
        new("몸에불을붙이", "몸에불을붙여", "몸에불을붙일", "몸에불을붙인", VerbFlags.Self), new("몸에불붙이", "몸에불붙여", "몸에불붙일", "몸에불붙인", VerbFlags.Self),
        new("휘발유를뒤집어쓰", "", "", "", VerbFlags.Self | VerbFlags.DeathOnly), new("휘발유뒤집어쓰", "", "", "", VerbFlags.Self | VerbFlags.DeathOnly),
        new("약먹", "", "", "", VerbFlags.Self | VerbFlags.DeathOnly), new("약을먹", "", "", "", VerbFlags.Self | VerbFlags.DeathOnly),
        new("약마시", "", "", "", VerbFlags.Self | VerbFlags.DeathOnly), new("수면제먹", "", "", "", VerbFlags.Self | VerbFlags.DeathOnly),
        new("뛰어내리", "", "", "", VerbFlags.Self | VerbFlags.DeathOnly),
    ];

    private readonly Dictionary<char, List<(string Form, StemForm Kind, HarmVerb Verb)>> _forms = [];
    private readonly bool[] _formStart = new bool[65536];

    private int MatchHarmVerb(ReadOnlySpan<char> s, int i, char folded, bool wordStart)
    {
        if (!_formStart[folded] || !_forms.TryGetValue(folded, out var list)) return -1;
        foreach (var (form, kind, verb) in list)
        {
            if ((verb.Flags & VerbFlags.WordStart) != 0 && !wordStart) continue;
            int end = MatchIgnoringSpaces(s, i, form);
            if (end < 0) continue;
            var after = s[end..];
            if (after.Length > 24) after = after[..24];
            bool announced = (verb.Flags & VerbFlags.DeathOnly) == 0 && ThreatEndings.Classify(kind, after) == EndingKind.Announce;
            if (!announced && (verb.Flags & VerbFlags.Self) != 0 && kind == StemForm.Base) announced = ThenDies(after);
            if (!announced) continue;
            if ((verb.Flags & VerbFlags.NeedsPerson) != 0 && !PersonBefore(s, i)) continue;
            int stop = end;
            while (stop < s.Length && s[stop] != ' ') stop++;
            return stop;
        }
        return -1;
    }

    // 농약 마시고 죽겠다, 약 먹고 죽을랍니더, 뛰어내리고 죽어 버릴 거다
    private static bool ThenDies(ReadOnlySpan<char> a)
    {
        if (!ThreatEndings.Eat(ref a, "고") || !ThreatEndings.Eat(ref a, "죽")) return false;
        if (ThreatEndings.Eat(ref a, "을")) return ThreatEndings.Classify(StemForm.Future, a) == EndingKind.Announce;
        if (ThreatEndings.Eat(ref a, "어")) return ThreatEndings.Classify(StemForm.Infinitive, a) == EndingKind.Announce;
        if (ThreatEndings.Starts(a, "는다") || ThreatEndings.Starts(a, "는데이")) return true;
        return ThreatEndings.Classify(StemForm.Base, a) == EndingKind.Announce;
    }

    private static readonly string[] PersonWords =
        ["너", "니", "네", "당신", "그쪽", "담당", "교사", "주무관", "직원", "공무원", "선생", "교장", "담임", "과장", "팀장", "국장", "군수", "시장", "구청장", "청장", "놈", "새끼", "년", "느그", "니들", "너희"];

    // a person within the five words before position i (너는 반드시 손봐 준다; 그 담당자 손 좀 봐야겠다)
    private static bool PersonBefore(ReadOnlySpan<char> s, int i)
    {
        int p = i - 1, words = 0;
        while (p >= 0 && words < 5)
        {
            while (p >= 0 && s[p] == ' ') p--;
            int wEnd = p + 1;
            while (p >= 0 && s[p] != ' ') p--;
            var word = s[(p + 1)..wEnd];
            if (word.IsEmpty) break;
            words++;
            foreach (var w in PersonWords)
            {
                if (word.StartsWith(w.AsSpan()) && word.Length <= w.Length + 3) return true;
                if (w.Length > 1 && word.IndexOf(w.AsSpan()) > 0 && word.Length <= w.Length + 4) return true;
            }
        }
        return false;
    }

    // legal or electoral context makes 끝을 보겠다 / 두고 보자 a civic statement (법적으로 끝을 보겠습니다, 다음 선거에서 두고 보자)
    private static bool FormulaExcluded(ReadOnlySpan<char> s, int start, int end)
    {
        var hit = s[start..end];
        if (hit.IndexOf("끝을".AsSpan()) < 0 && hit.IndexOf("두고".AsSpan()) < 0) return false;
        int from = Math.Max(0, start - 30);
        var before = s[from..Math.Min(s.Length, end + 20)];
        foreach (var w in (ReadOnlySpan<string>)["법", "소송", "재판", "심판", "선거", "투표", "표로", "낙선", "감사", "고소", "고발", "민원", "행정", "처벌", "책임", "진상", "규명", "징계"])
        {
            if (before.IndexOf(w.AsSpan()) >= 0) return true;
        }
        return false;
    }

    // knowledge of the person's home, movements, face or family, said to them (b of the eighth round's taxonomy):
    // 사시는 아파트가 몇 동 몇 호인지 알고 있습니다, 출퇴근 동선 다 파악했습니다, 얼굴 기억해 두었습니다,
    // 애들 학교 어딘지 다 안다; the object must not be one's own (제 집 주소, 우리 애 학교).
    private const string Filler = "(?: ?(?:이|가|은|는|을|를|도|까지|의|어디인지|어딘지|어디 ?사는지|어디 ?사시는지|어디 ?다니는지|어디 ?있는지|인지|다|전부|싹|이미|벌써|사진으로|사진도|사진까지|위치|번호|주소))";

    private const string KnowVerbs = " ?(?:안다(?![가-힣])|안다고|알고 ?있(?:다|습|어|음|지요|거든|고)|알아(?:요|냈|놨|뒀|두었|놓았|(?![가-힣]))|알아 ?(?:냈|놨|뒀|두었|놓았)|압니다|파악(?: ?했| ?해 ?뒀| ?해 ?두었| ?해 ?놨| ?하고 ?있| ?완료| ?끝)|기억(?: ?해 ?뒀| ?해 ?두었| ?해 ?놨| ?해 ?놓았| ?하고 ?있| ?해 ?둘| ?해 ?놓)|찍어 ?(?:뒀|두었|놨|놓았)|지켜보고 ?있)";

    private static readonly Regex StrongKnowledge = new(
        "(?<![가-힣])(?:(?:사는|사시는) ?(?:곳|데|아파트|집|동네)|몇 ?동 ?몇 ?호|동 ?호수|집 ?주소|주소|차 ?번호|차량 ?번호|차종|동선|출퇴근 ?(?:길|시간)|출근길|퇴근길|얼굴|따님|아드님|자제분|사모님|(?:와이프|부인|남편) ?분)"
        + Filler + "{0,4}" + KnowVerbs, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex WhereKnowledge = new(
        "(?:집|가족|애들|아이들|딸|아들|자식|자녀|와이프|부인|남편|학교|어린이집|유치원|학원|가게|직장|회사)" + Filler + "{0,1}"
        + " ?(?:어디인지|어딘지|어디 ?(?:사는지|다니는지|있는지|사시는지))(?: ?(?:도|까지|다|전부|이미|벌써))*" + KnowVerbs
        + "|(?:따님|아드님|자제분|사모님|(?:와이프|부인|남편) ?분)(?:이|은|도|께서|가)? ?[^.?!]{0,10}?(?:학년|학교|유치원|어린이집|학원|초등|가게|직장|회사)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static int MatchSurveillance(ReadOnlySpan<char> s, Span<AbuseLexicon.Hit> hits)
    {
        int count = 0;
        // the regular expressions only run on the few texts with a knowing verb or an honorific family word (speed)
        bool anchor = false;
        foreach (var w in (ReadOnlySpan<string>)["알고", "알 고", "알아", "안다", "압니", "파악", "기억", "찍어", "지켜", "따님", "아드님", "자제분", "사모님", "프분", "부인분", "남편분", "프 분", "인 분", "편 분"])
        {
            if (s.IndexOf(w.AsSpan()) >= 0)
            {
                anchor = true;
                break;
            }
        }
        if (!anchor) return 0;
        foreach (var re in (ReadOnlySpan<Regex>)[StrongKnowledge, WhereKnowledge])
        {
            foreach (var m in re.EnumerateMatches(s))
            {
                if (OwnObject(s, m.Index)) continue;
                if (count < hits.Length) hits[count++] = new AbuseLexicon.Hit(m.Index, m.Index + m.Length, AbuseCategory.Threat);
                return count;
            }
        }
        return count;
    }

    // 제 집 주소, 저희 아이 학교, 우리 애들 학교, 내 얼굴
    private static bool OwnObject(ReadOnlySpan<char> s, int i)
    {
        int p = i - 1;
        while (p >= 0 && s[p] == ' ') p--;
        int wEnd = p + 1;
        while (p >= 0 && s[p] != ' ') p--;
        var word = s[(p + 1)..wEnd];
        foreach (var w in (ReadOnlySpan<string>)["제", "저희", "우리", "내", "저의", "나의", "본인", "저", "우리집", "제가", "아이", "애", "우리애"])
        {
            if (word.SequenceEqual(w.AsSpan())) return true;
        }
        return false;
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
        if (last == '다' && n > 0 && after[0] is '고' or '며' or '는' or '던' && s[start] is '칼' or '총' or '흉') return true; // 칼 있다고 말해서: reported
        if (after.StartsWith("생기") || after.StartsWith("생겼") || after.StartsWith("생길")) return true;
        if (after.StartsWith("같") || after.StartsWith("처럼") || after.StartsWith("듯") || after.StartsWith("마냥")) return true;
        if (last == '린' && !IsPresentEnding(after)) return true;
        if (after.StartsWith("린") && !IsPresentEnding(after[1..])) return true; // 기다린다, and the dialect 기다린데이
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
        if (after.StartsWith("하라고") && (after[3..].StartsWith("안내") || after[3..].StartsWith("방송") || after[3..].StartsWith("공지")
            || after[3..].StartsWith("홍보") || after[3..].StartsWith("현수") || after[3..].StartsWith("문자") || after[3..].StartsWith("경고")
            || after[3..].StartsWith("당부") || after[3..].StartsWith("알려") || after[3..].StartsWith("표지"))) return true; // 밤길 조심하라고 안내
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

    private static bool IsPresentEnding(ReadOnlySpan<char> a) =>
        a.StartsWith("다") || a.StartsWith("데이") || a.StartsWith("대이") || a.StartsWith("당께");

    // up to dest.Length characters of s from position i, spaces left out, spellings folded (뻐렸 = 버렸)
    private static int Compact(ReadOnlySpan<char> s, int i, Span<char> dest)
    {
        int n = 0;
        for (; i < s.Length && n < dest.Length; i++)
        {
            if (s[i] != ' ') dest[n++] = ThreatEndings.Fold(s[i]);
        }
        return n;
    }

    // a Hangul syllable closed by ㅆ (렸, 였, 했, 냈 …): the past; 겠 (future) and 있 (to be) are not
    private static bool IsPast(char c) => c is >= '가' and <= '힣' && (c - '가') % 28 == 20 && c is not ('겠' or '있');

    private static bool IsSyllable(char c) => c is >= '가' and <= '힣';

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
            if (ThreatEndings.Fold(s[j]) != p[k])
            {
                // a digit or Latin letter inside a Hangul word: 죽1여, 죽x여 (the normaliser keeps them: 제1조, 1동1호)
                if (k > 0 && char.IsAsciiLetterOrDigit(s[j]) && j > 0 && IsSyllable(s[j - 1]) && j + 1 < s.Length && IsSyllable(s[j + 1]))
                {
                    j++;
                    continue;
                }
                return -1;
            }
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
