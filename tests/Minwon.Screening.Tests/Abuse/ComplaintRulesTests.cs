namespace Minwon.Screening.Tests.Abuse;

/// <summary>The sixth round's rules, each on a text of its own (not in the complaint lists).</summary>
public class ComplaintRulesTests
{
    private static readonly AbuseDetector Detector = AbuseDetector.Default;

    [Theory]
    [InlineData("You are late again. Please answer my request.")] // "kill you" was split into two patterns, "kill" and "you"
    [InlineData("아버지를 찾아가 보니 이미 퇴원하셨다고 합니다. 담당 직원을 찾아가서 물어봐도 모른다고 합니다.")]
    [InlineData("횡단보도에서 버스에 치여 죽을 줄 알았어요. 신호 좀 바꿔 주세요.")]
    [InlineData("누가 공터에 불을 지르고 가서 연기가 납니다.")]
    [InlineData("제 민원을 묻어 버리지 말아 주세요.")]
    public void Narration_and_english_are_not_threats(string text) => Assert.False(Detector.Analyze(text).IsThreat, text);

    [Theory]
    [InlineData("그 직원 가만 안 둡니다.")]
    [InlineData("단속반 차로 밀어 버릴 거다.")]
    public void Polite_and_vehicle_threats_are_threats(string text) => Assert.True(Detector.Analyze(text).IsThreat, text);

    [Fact]
    public void A_quoted_threat_in_a_report_is_abusive_but_raises_no_alert()
    {
        var quoted = Detector.Analyze("이웃 남자가 \"죽여 버린다\"고 소리쳐서 경찰에 신고했습니다.");
        Assert.True(quoted.IsAbusive && !quoted.IsThreat, quoted.ToString());
        Assert.True(Detector.Analyze("이웃 남자 죽여 버린다.").IsThreat);
        Assert.True(Detector.Analyze("\"죽여 버린다\" 진심이다.").IsThreat); // quotation marks alone do not make it a report
    }

    [Theory]
    [InlineData("여기서 20년째 농사를 짓고 있는데 18년 전에 낸 길이 또 무너졌습니다.")]
    [InlineData("폭설이 닥쳐야 제설함을 채우는 건 늦습니다.")]
    [InlineData("주민 설명회를 한번 하자고 제안드립니다.")]
    [InlineData("가로수 열매를 따먹는 아이들이 다칠까 걱정입니다.")]
    [InlineData("강아지가 밤새 짖어서 잠을 못 잡니다.")]
    [InlineData("골목 쓰레기가 쌓여서 악취가 납니다. 쓰레기 수거를 자주 해 주세요.")]
    [InlineData("아이가 놀이터에서 새끼손가락을 다쳤습니다.")]
    public void Everyday_words_are_clean(string text) => Assert.False(Detector.Analyze(text).IsAbusive, $"{text}: {Detector.Analyze(text)}");

    [Theory]
    [InlineData("담당자님 머리가 나쁘냐고 묻고 싶네요.")]
    [InlineData("싸가지 없는 공무원들.")]
    public void Insults_are_abusive(string text) => Assert.True(Detector.Analyze(text).IsAbusive, text);
}
