namespace Minwon.Screening.Tests.Abuse;

/// <summary>
/// The seventh round's rules (docs/screening-model.md), each on texts of its own (not in the complaint lists), with
/// the hard negatives each rule must leave alone.
/// </summary>
public class Round7RulesTests
{
    private static readonly AbuseDetector Detector = AbuseDetector.Default;

    private static void Threat(string text) => Assert.True(Detector.Analyze(text).IsThreat, $"{text}: {Detector.Analyze(text)}");

    private static void NoThreat(string text) => Assert.False(Detector.Analyze(text).IsThreat, $"{text}: {Detector.Analyze(text)}");

    private static void Abusive(string text) => Assert.True(Detector.Analyze(text).IsAbusive, $"{text}: {Detector.Analyze(text)}");

    private static void Clean(string text) => Assert.False(Detector.Analyze(text).IsAbusive, $"{text}: {Detector.Analyze(text)}");

    // narrated (past, adnominal, connective) acts on things are reports; announced ones are threats
    [Theory]
    [InlineData("밤사이 누가 우리 집 화단을 다 부숴 버렸어요.")]
    [InlineData("공사 차량이 표지판을 밟아 버려서 넘어져 있습니다.")]
    [InlineData("아이들이 벽보를 찢어 버리는 걸 봤습니다.")]
    [InlineData("누군가 빈집에 불을 질러 버렸습니다.")]
    [InlineData("철거 업체가 담장을 때려 부수고 있습니다.")]
    [InlineData("낡은 창고를 때려 부수는 공사가 밤까지 이어집니다.")]
    public void Narrated_acts_are_not_threats(string text) => NoThreat(text);

    [Theory]
    [InlineData("민원실 집기 다 부숴 버린다.")]
    [InlineData("사무실 유리창 다 때려 부수겠다.")]
    [InlineData("계속 이러면 찔러 버리는 수가 있다.")]
    [InlineData("그 직원 얼굴 찢어 버릴 거야.")]
    [InlineData("그 과장 칼로 찌를 테니 기다려.")]
    public void Announced_acts_are_threats(string text) => Threat(text);

    [Theory]
    [InlineData("가로등이 없어 주민들이 밤길 조심해야 하는 상황입니다.")]
    [InlineData("퇴근길에 기다려 봐도 마을버스가 오지 않습니다.")]
    [InlineData("퇴근할 때 기다리는 사람이 너무 많습니다.")]
    [InlineData("이 계획대로라면 상인들만 피 보게 생겼습니다.")]
    [InlineData("허리가 칼로 찌를 거 같이 아픈데 병원 예약이 안 됩니다.")]
    public void Obligations_laments_and_figures_are_not_threats(string text) => NoThreat(text);

    [Theory]
    [InlineData("담당자 당신 밤길 조심해야 할 거다.")]
    [InlineData("퇴근길에 기다리고 있을게.")]
    [InlineData("주무관 퇴근할 때 기다리겠다.")]
    [InlineData("너 피 보게 해 주겠다.")]
    public void Narrowed_rules_still_catch_announced_waiting_and_bloodshed(string text) => Threat(text);

    [Theory]
    [InlineData("과장님 각오하십시오.")]
    [InlineData("담당 주무관 각오하세요. 그냥 안 넘어갑니다.")]
    [InlineData("시청 앞에서 분신하겠습니다.")]
    [InlineData("이번에도 반려하면 민원실에서 자해할 거다.")]
    [InlineData("당신 딸도 조심해라.")]
    [InlineData("니 가족들까지 조심하는 게 좋을 거다.")]
    [InlineData("당신 아들 다니는 학교 다 알고 있다.")]
    public void Polite_self_harm_family_and_school_threats_are_threats(string text) => Threat(text);

    [Theory]
    [InlineData("소음은 각오하고 이사 왔지만 이 정도일 줄은 몰랐습니다.")]
    [InlineData("주민들은 한동안 불편을 각오해야 한다고 합니다.")]
    [InlineData("제 분신 같은 가게가 공사 때문에 문을 닫게 생겼습니다.")]
    [InlineData("어제 뉴스에서 분신했다는 사람 소식을 봤습니다.")]
    [InlineData("학교 앞에서는 아이들 조심해서 운전해 주세요.")]
    [InlineData("아이가 다니는 학교 알림장에 급식 공지가 없습니다.")]
    [InlineData("딸이 다니는 학교 알고 싶은데 배정 결과가 안 나왔습니다.")]
    public void Preparedness_alter_egos_and_school_notices_are_not_threats(string text) => NoThreat(text);

    [Theory]
    [InlineData("감염병 예방 접종 일정을 알려 주세요.")]
    [InlineData("돼지 전염병 때문에 축제가 취소되었나요?")]
    [InlineData("마을 뒤 개 돼지 사육장 이전 계획을 알려 주세요.")]
    [InlineData("앞집 개 소리 때문에 아기가 깹니다.")]
    [InlineData("폭염이 닥치고 나서 그늘막을 설치하면 늦습니다.")]
    [InlineData("경비원이 단지를 한 바퀴 돌았나 싶을 만큼 관리가 안 됩니다.")]
    [InlineData("밤에는 좀 자고 싶습니다. 야간 공사를 멈춰 주세요.")]
    [InlineData("전통 떡치기 행사 장소가 어디인가요?")]
    [InlineData("아이가 난간을 만져 보고 가시에 찔렸습니다.")]
    [InlineData("물가가 미친 것처럼 오르는데 지원금은 그대로입니다.")]
    [InlineData("김 씨 발표 자료를 민원실에 두고 갔습니다.")]
    [InlineData("전기료가 미쳤나 싶을 정도로 나왔습니다.")]
    [InlineData("시장 생선 대가리 쓰레기를 아무 데나 버립니다.")]
    [InlineData("넘어져서 엉덩이가 크게 멍들었는데 보도 블록 보수해 주세요.")]
    [InlineData("아이가 동생을 졸라서 과자를 사 줬는데 가게가 불법 영업 중입니다.")]
    public void Everyday_homographs_are_clean(string text) => Clean(text);

    // new lexicon forms; each of these texts was clean to the detector before this round
    [Theory]
    [InlineData("담당자 당신 미쳤어요? 서류를 왜 또 돌려보냅니까?")]
    [InlineData("과장님 대가리로는 이 계획이 이해가 안 되시나요?")]
    [InlineData("창구에 앉은 여직원 엉덩이가 크던데 몇 살인가요?")]
    [InlineData("어제 통화한 상담원 목소리가 야하던데 다시 연결해 주세요.")]
    [InlineData("그 여자 주무관 허벅지 보여 주는 치마 입고 다니던데요.")]
    [InlineData("씨1발 주차 과태료가 또 나왔습니다.")]
    [InlineData("병1신 같은 신호 체계 누가 만들었습니까.")]
    [InlineData("졸라 느린 민원 처리 때문에 두 달을 기다렸습니다.")]
    [InlineData("구청 무능한 것들이 책상에 앉아 도장만 찍습니다.")]
    public void New_abuse_forms_are_abusive(string text) => Abusive(text);

    // words that now carry a context guard still catch the abuse
    [Theory]
    [InlineData("도로 보수 일정이 또 미뤄졌다니 염병하네요. 언제 끝납니까?")]
    [InlineData("닥치고 서류나 빨리 처리해 주세요.")]
    [InlineData("민원 처리해 주시면 주무관님이랑 자고 싶네요.")]
    [InlineData("개소리 그만하고 공사 일정을 알려 주세요.")]
    public void Guarded_words_still_catch_abuse(string text) => Abusive(text);
}
