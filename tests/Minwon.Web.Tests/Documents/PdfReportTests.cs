using System.Text;
using Minwon.Web.Documents;

namespace Minwon.Web.Tests.Documents;

public class PdfReportTests
{
    [Fact]
    public void Writes_a_multi_page_pdf_with_the_bundled_hangul_font()
    {
        using var report = new PdfReport("악성민원 사건 요약", "민원 서비스");
        report.Heading("개요").Field("유형", "폭언").Field("장소", "민원실 1번 창구");
        for (var i = 0; i < 80; i++) report.Paragraph($"{i}번째 문단: 공무원에게 폭언을 한 사건의 경위를 적습니다. 줄바꿈이 필요한 아주 긴 한국어 문장입니다.");
        report.Table(["역할", "응답 시간"], [["중재", "12초"], ["경고", "30초"]]);
        report.BarChart([("중재", 12), ("경고", 30)], "초");

        var bytes = report.ToBytes();
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", text);
        Assert.Contains("NanumGothic", text);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page\b").Count >= 2, "the paragraphs flow onto a second page");
    }
}
