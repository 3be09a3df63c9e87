using Minwon.Screening.Abuse;

namespace Minwon.Screening.Tests.Abuse;

/// <summary>
/// The eighth round's threat taxonomy (docs/screening-model.md): for each class, texts written for these tests (not
/// taken from the complaint lists) and the hard negatives the class must leave alone.
/// </summary>
public class Round8RulesTests
{
    private static readonly AbuseDetector Detector = AbuseDetector.Default;

    private static void Threat(string text) => Assert.True(Detector.Analyze(text).IsThreat, $"{text}: {Detector.Analyze(text)}");

    private static void NoThreat(string text) => Assert.False(Detector.Analyze(text).IsThreat, $"{text}: {Detector.Analyze(text)}");

    // ---- the ending classifier ----

    [Theory]
    [InlineData("Base", "겠다", "Announce")]
    [InlineData("Base", "겠습니다.", "Announce")]
    [InlineData("Base", "겄다", "Announce")]
    [InlineData("Base", "고 말겠다", "Announce")]
    [InlineData("Base", "러 간다", "Announce")]
    [InlineData("Base", "겠네요", "Unknown")]
    [InlineData("Base", "겠다고 했습니다", "Narration")]
    [InlineData("Base", "러 갔는데", "Narration")]
    [InlineData("Future", " 거야", "Announce")]
    [InlineData("Future", "꺼임", "Announce")]
    [InlineData("Future", " 테니", "Announce")]
    [InlineData("Future", "란다", "Announce")]
    [InlineData("Future", "랑께", "Announce")]
    [InlineData("Future", "끼다", "Announce")]
    [InlineData("Future", " 기다", "Announce")]
    [InlineData("Future", "겨", "Announce")]
    [InlineData("Future", " 뻔했습니다", "Narration")]
    [InlineData("Future", " 거 같은 통증", "Unknown")]
    [InlineData("Future", " 거부", "Unknown")]
    [InlineData("Future", " 놈", "Unknown")]
    [InlineData("Present", "다", "Announce")]
    [InlineData("Present", "데이", "Announce")]
    [InlineData("Present", "다고 합니다", "Narration")]
    [InlineData("Present", " 적이 있습니다", "Narration")]
    [InlineData("Present", " 다 줬는데", "Narration")]
    [InlineData("Infinitive", " 버린다", "Announce")]
    [InlineData("Infinitive", "뻐린다", "Announce")]
    [InlineData("Infinitive", "삔다", "Announce")]
    [InlineData("Infinitive", " 버릴 거유", "Announce")]
    [InlineData("Infinitive", " 놓는다", "Announce")]
    [InlineData("Infinitive", " 놓을 거다", "Announce")]
    [InlineData("Infinitive", " 줄까", "Announce")]
    [InlineData("Infinitive", " 줘야겠다", "Announce")]
    [InlineData("Infinitive", " 버렸습니다", "Narration")]
    [InlineData("Infinitive", " 주세요", "Unknown")]
    [InlineData("Infinitive", " 놨더라고요", "Narration")]
    public void Ending_classifier(string form, string after, string expected) =>
        Assert.Equal(Enum.Parse<EndingKind>(expected), ThreatEndings.Classify(Enum.Parse<StemForm>(form), after));

    // ---- a. harm verbs × announcing endings, every register ----

    [Theory]
    [InlineData("그 주무관 다음에 보면 패 버리겠습니다.")]
    [InlineData("과장 너 진짜 밟아 줄까?")]
    [InlineData("허가 안 내주면 사무실 다 깨부술 거다.")]
    [InlineData("다음에 마주치면 팔 분질러 버릴 거야.")]
    [InlineData("너는 내가 꼭 손봐 준다.")]
    [InlineData("그 담당 놈 죽이고 말겠다.")]
    [InlineData("이번에도 반려하면 담당자 찔러 삔다.")]
    [InlineData("구청장 쥑일끼다 두고 봐라.")]
    [InlineData("군청 쳐들어가겄다 알아서 혀.")]
    [InlineData("그 교사 두들겨 줄 테니 기다려.")]
    [InlineData("주무관 니 집 앞에서 기다린데이.")]
    public void Harm_verbs_announced_are_threats(string text) => Threat(text);

    [Theory]
    [InlineData("어제 공사장에서 인부가 벽을 부순다고 시끄러웠습니다.")]
    [InlineData("비가 창문을 때린다. 배수로 정비 부탁드립니다.")]
    [InlineData("놀이터 시소가 부서져 아이가 다칠 뻔했습니다.")]
    [InlineData("도로 파인 곳 손 봐 주세요.")]
    [InlineData("담장 제가 직접 손보겠습니다, 자재만 지원해 주세요.")]
    [InlineData("옆집 사람이 고양이를 때린 적이 있습니다.")]
    [InlineData("할머니께 드릴 김치를 담가 놓았습니다.")]
    [InlineData("작년에 누가 현수막을 찢어 버렸다고 들었습니다.")]
    [InlineData("돈은 주긴 다 줬는데 영수증이 없습니다.")]
    [InlineData("이러다 더워서 사람 죽겠습니다.")]
    public void Harm_verb_look_alikes_are_not_threats(string text) => NoThreat(text);

    // ---- b. knowledge of the person's home, movements, face, family ----

    [Theory]
    [InlineData("주무관님 차 번호 다 알고 있습니다.")]
    [InlineData("팀장님 사는 동네 이미 파악해 뒀습니다.")]
    [InlineData("과장 출퇴근길 다 지켜보고 있다.")]
    [InlineData("창구 직원 얼굴 사진으로 다 찍어 놨습니다.")]
    [InlineData("담당자 자식 다니는 어린이집이 어딘지 알아냈어요.")]
    [InlineData("교장 선생님 아드님이 다니는 학원 근처에서 뵙겠습니다.")]
    public void Knowing_where_the_person_is_is_a_threat(string text) => Threat(text);

    [Theory]
    [InlineData("집 주소 변경 신청은 어디서 하나요?")]
    [InlineData("아이 학교 배정 문의드립니다.")]
    [InlineData("제 집 주소는 구청에서도 알고 있습니다.")]
    [InlineData("우리 애 학교가 어딘지 모르는 택배 기사가 많습니다.")]
    [InlineData("이사 간 사람의 주소 알아봐 주실 수 있나요?")]
    [InlineData("가족 모두 알고 있는 사실입니다.")]
    [InlineData("동 호수 표시가 지워져 배달이 잘못 옵니다.")]
    public void Addresses_and_schools_in_ordinary_requests_are_not_threats(string text) => NoThreat(text);

    // ---- c. self-harm as leverage ----

    [Theory]
    [InlineData("이번 주까지 답 없으면 구청 옥상에서 투신하겠습니다.")]
    [InlineData("저 정말 다리에서 뛰어내릴 겁니다.")]
    [InlineData("수급 끊으면 약 먹고 죽을 거예요.")]
    [InlineData("보상 안 해주면 농약 마셔 버릴란다.")]
    [InlineData("시청 앞에서 제 몸에 불을 붙이겠습니다.")]
    [InlineData("군청 마당에서 목을 매겠습니다.")]
    public void Self_harm_announced_is_a_threat(string text) => Threat(text);

    [Theory]
    [InlineData("억울해 죽겠습니다.")]
    [InlineData("더워 죽겠어요 에어컨 좀 고쳐 주세요.")]
    [InlineData("감기약 먹을 거예요, 보건소 몇 시에 여나요?")]
    [InlineData("작년에 옥상에서 뛰어내린 학생 사건 이후 난간을 설치해 달라고 했습니다.")]
    [InlineData("농약 먹고 죽은 소 처리 방법 문의합니다.")]
    public void Figures_of_speech_and_reports_are_not_self_harm(string text) => NoThreat(text);

    // ---- d. veiled consequence formulas ----

    [Theory]
    [InlineData("이렇게 처리하면 평생 후회하게 해 드리겠습니다.")]
    [InlineData("앞으로 담당자한테 무슨 일이 생겨도 난 모른다.")]
    [InlineData("저는 이제 잃을 게 없는 사람입니다.")]
    [InlineData("이번 일은 제가 끝을 보겠습니다.")]
    [InlineData("그쪽 팀장 말로 끝나지 않을 거요.")]
    [InlineData("제가 무슨 짓을 할지 모릅니다.")]
    [InlineData("가방에 흉기 챙겼다.")]
    public void Veiled_formulas_are_threats(string text) => NoThreatOr(text, true);

    [Theory]
    [InlineData("끝까지 법적으로 가겠습니다.")]
    [InlineData("소송으로 끝을 보겠습니다.")]
    [InlineData("다음 선거에서 두고 봅시다, 표로 심판하겠습니다.")]
    [InlineData("가로등이 없어 무슨 일이 생길지 모릅니다. 설치해 주세요.")]
    [InlineData("공원 입구에 밤길 조심하라고 안내판을 세워 주세요.")]
    [InlineData("주말마다 폭탄 세일 현수막이 붙습니다.")]
    [InlineData("세금 폭탄이 떨어졌습니다.")]
    [InlineData("시장 칼국수 집 앞 불법 주차 단속해 주세요.")]
    [InlineData("민원실로 직접 찾아가겠습니다.")]
    [InlineData("주방에 칼 있다고 아이가 말해서 치웠습니다.")]
    [InlineData("이번 일은 끝을 보겠습니다. 책임자 처벌을 원합니다.")]
    [InlineData("담당자님 얼굴 기억하겠습니다, 친절하셨어요.")]
    [InlineData("더 이상 잃을 게 없는 자영업자입니다만, 임대료 지원 부탁드립니다.")]
    public void Civic_statements_are_not_veiled_threats(string text) => NoThreat(text);

    // ---- e. disguises inside Hangul threat words ----

    [Theory]
    [InlineData("담당자 죽2여버린다")]
    [InlineData("과장 주~겨~버~린~다")]
    [InlineData("쥭여버릴꺼야 진심")]
    [InlineData("너 죽여뻐린다")]
    [InlineData("그 주무관 죽일꺼야")]
    [InlineData("찔 러 버 린 다")]
    public void Disguised_threat_words_are_threats(string text) => Threat(text);

    [Theory]
    [InlineData("제1조 2항에 따라 처리해 주세요.")]
    [InlineData("101동 1호 라인 엘리베이터가 고장입니다.")]
    [InlineData("죽 1인분 배달이 안 됩니다.")]
    public void Digits_in_addresses_and_articles_are_not_disguises(string text) => NoThreat(text);

    private static void NoThreatOr(string text, bool threat)
    {
        if (threat) Threat(text);
        else NoThreat(text);
    }
}
