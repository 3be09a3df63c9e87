namespace Minwon.Screening.Tests.Abuse;

public class TextScreenerTests
{
    [Fact]
    public void Screen_combines_abuse_and_personal_data()
    {
        const string text = "씨발 왜 답이 없냐 010-1234-5678 로 전화해라";
        var result = TextScreener.Default.Screen(text);
        Assert.True(result.IsAbusive);
        Assert.False(result.IsThreat);
        Assert.True(result.HasPersonalData);
        Assert.False(result.IsClean);
        Assert.StartsWith("●● 왜 답이 없냐 010-****-5678", result.MaskedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_raises_threats_and_leaves_clean_text_alone()
    {
        Assert.True(TextScreener.Default.Screen("담당자 퇴근길 조심해라").IsThreat);
        const string clean = "정말 화가 납니다. 상급 기관에 문제 제기하겠습니다.";
        var result = TextScreener.Default.Screen(clean);
        Assert.True(result.IsClean);
        Assert.Same(clean, result.MaskedText);
    }
}

public class ModelSpanTests
{
    [Theory]
    [InlineData("이 한심한 인간아 그러고도 니가 공무원이냐 머리는 장식이냐")]
    [InlineData("일 처리하는 꼬라지 보니 대가리에 똥만 찼나 보다")]
    [InlineData("저 무식한 것들한테 세금 주는 게 아깝다")]
    public void Texts_flagged_by_the_model_alone_still_get_spans(string text)
    {
        var result = AbuseDetector.Default.Analyze(text);
        if (result.IsAbusive)
        {
            Assert.NotEmpty(result.Spans);
            var masked = AbuseDetector.Mask(text, result.Spans);
            Assert.Contains('●', masked);
            Assert.True(masked.Count(c => c == '●') < text.Replace(" ", "", StringComparison.Ordinal).Length / 2, masked);
        }
    }
}
