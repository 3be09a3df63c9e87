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
