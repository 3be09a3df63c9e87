using System.Text;
using Minwon.Web.Documents;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Minwon.Web.Tests.Documents;

public class PdfReportTests
{
    static string FontPath(string name) => Path.Combine(AppContext.BaseDirectory, "Documents", "Fonts", name);

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

    [Fact]
    public void The_text_reads_back_as_written_and_the_fonts_are_cut_to_the_glyphs_used()
    {
        using var report = new PdfReport("모의훈련 사후 보고서: 창구 위협", "민원 서비스");
        report.Field("담당", "민원상담관 7").Table(["역할", "응답 시간"], [["중재", "12초"], ["신고", "45초"]]).Paragraph("Drill ended, 경찰 전달 없음.");

        var bytes = report.ToBytes();
        // the two NanumGothic files weigh 9.3 MB; whole, they made every report about 5 MB
        Assert.True(bytes.Length < 250_000, $"{bytes.Length} bytes");
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        // copied or searched text keeps its spaces (the font maps control characters to the space glyph too)
        Assert.Contains("모의훈련 사후 보고서: 창구 위협", text);
        Assert.Contains("Drill ended, 경찰 전달 없음.", text);
        Assert.DoesNotContain(text, c => char.IsControl(c));
        var words = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        foreach (var expected in new[] { "민원상담관", "중재", "45초", "1" })
            Assert.Contains(expected, words);
        Assert.Equal(bytes, report.ToBytes()); // drawn once
    }

    [Fact]
    public void A_subset_keeps_glyph_ids_and_widths_and_drops_the_other_outlines()
    {
        var file = File.ReadAllBytes(FontPath("NanumGothic.ttf"));
        using var full = SKTypeface.FromFile(FontPath("NanumGothic.ttf"));
        using var fullFont = new SKFont(full, 12);
        const string used = "민원 처리 결과 ABC 123";
        var subset = FontSubset.Subset(file, used.Distinct().ToDictionary(c => (int)c, c => fullFont.GetGlyph(c)));
        Assert.True(subset.Length < file.Length / 10, $"{subset.Length} of {file.Length} bytes");

        using var data = SKData.CreateCopy(subset);
        using var cut = SKTypeface.FromData(data);
        using var cutFont = new SKFont(cut, 12);
        Assert.Equal(fullFont.GetGlyphs(used), cutFont.GetGlyphs(used));
        Assert.Equal(fullFont.MeasureText(used), cutFont.MeasureText(used));
        using var kept = cutFont.GetTextPath("민원", new SKPoint(0, 12));
        Assert.False(kept.IsEmpty);
        // characters not used are no longer mapped, and their outlines are gone (their ids and advances stay)
        Assert.All(cutFont.GetGlyphs("폭언"), g => Assert.Equal(0, g));
        using var dropped = cutFont.GetGlyphPath(fullFont.GetGlyph('폭'));
        Assert.True(dropped is null || dropped.IsEmpty);
    }

    [Fact]
    public void A_file_that_is_not_a_truetype_font_is_refused()
    {
        var characters = new Dictionary<int, ushort> { ['가'] = 1 };
        Assert.Throws<InvalidDataException>(() => FontSubset.Subset("not a font at all"u8, characters));
        var truncated = File.ReadAllBytes(FontPath("NanumGothic.ttf"))[..4096];
        Assert.Throws<InvalidDataException>(() => FontSubset.Subset(truncated, characters));
    }
}
