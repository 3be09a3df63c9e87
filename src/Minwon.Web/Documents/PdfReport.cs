using SkiaSharp;

namespace Minwon.Web.Documents;

/// <summary>
/// A plain A4 report with Hangul text: headings, wrapped paragraphs, label/value fields, tables and horizontal bar
/// charts, flowing onto new pages. Police packages, minutes, drill reports and certificates are written with it.
/// Drawn with SkiaSharp's PDF back end (MIT) and the bundled NanumGothic faces, embedded as subsets (ADR-004).
/// </summary>
public sealed class PdfReport : IDisposable
{
    const float PageWidth = 595, PageHeight = 842, Margin = 50, LineGap = 4;
    static readonly Lazy<SKTypeface> Regular = new(() => Load("NanumGothic.ttf"));
    static readonly Lazy<SKTypeface> BoldFace = new(() => Load("NanumGothicBold.ttf"));

    readonly MemoryStream output = new();
    readonly SKDocument document;
    readonly SKFont body = new(Regular.Value, 10), bold = new(BoldFace.Value, 10), heading = new(BoldFace.Value, 13),
        title = new(BoldFace.Value, 18), small = new(Regular.Value, 8);
    readonly SKPaint ink = new() { Color = SKColors.Black, IsAntialias = true },
        grey = new() { Color = new SKColor(110, 110, 110), IsAntialias = true },
        line = new() { Color = new SKColor(150, 150, 150), Style = SKPaintStyle.Stroke, StrokeWidth = 0.7f },
        shade = new() { Color = new SKColor(230, 232, 235) },
        bar = new() { Color = new SKColor(37, 99, 235) };
    readonly string footer;
    SKCanvas canvas = null!;
    int pages;
    float y;
    bool finished;

    public PdfReport(string documentTitle, string footer)
    {
        this.footer = footer;
        document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = documentTitle, Creator = "Minwon", Producer = "Minwon" });
        NewPage();
        Write(documentTitle, title, ink);
        y += 6;
    }

    const float Width = PageWidth - 2 * Margin;

    public PdfReport Heading(string text)
    {
        y += 8;
        Write(text, heading, ink);
        canvas.DrawLine(Margin, y - 2, Margin + Width, y - 2, line);
        y += 6;
        return this;
    }

    public PdfReport Paragraph(string text)
    {
        foreach (var l in text.Replace("\r", "").Split('\n')) Write(l, body, ink);
        y += 4;
        return this;
    }

    public PdfReport Field(string label, string? value)
    {
        const float labelWidth = 120;
        var lines = Wrap(value is null or "" ? "-" : value, body, Width - labelWidth);
        EnsureRoom(Height(body));
        DrawText(label, Margin, bold, ink);
        foreach (var l in lines)
        {
            EnsureRoom(Height(body));
            DrawText(l, Margin + labelWidth, body, ink);
            y += Height(body);
        }
        return this;
    }

    /// <summary>A table; <paramref name="widths"/> are relative column widths (equal when null).</summary>
    public PdfReport Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<float>? widths = null)
    {
        var w = widths ?? headers.Select(_ => 1f).ToArray();
        var total = w.Sum();
        var cols = w.Select(x => x / total * Width).ToArray();
        Row(headers, cols, bold, shade);
        foreach (var r in rows) Row(r, cols, body, null);
        y += 6;
        return this;
    }

    /// <summary>Horizontal bars, one per item, scaled to the largest value; <paramref name="unit"/> follows each figure.</summary>
    public PdfReport BarChart(IEnumerable<(string Label, double Value)> items, string unit)
    {
        var list = items.ToList();
        if (list.Count == 0) return this;
        const float labelWidth = 130, barHeight = 14, valueWidth = 80;
        var max = Math.Max(list.Max(i => i.Value), 1e-9);
        foreach (var (label, value) in list)
        {
            EnsureRoom(barHeight + 6);
            DrawText(Fit(label, body, labelWidth - 4), Margin, body, ink, barHeight);
            var barWidth = (float)((Width - labelWidth - valueWidth) * value / max);
            canvas.DrawRect(Margin + labelWidth, y, Math.Max(barWidth, 1), barHeight, bar);
            DrawText($"{value:0.#} {unit}", Margin + labelWidth + barWidth + 4, body, ink, barHeight);
            y += barHeight + 6;
        }
        y += 4;
        return this;
    }

    public byte[] ToBytes()
    {
        if (!finished)
        {
            document.EndPage();
            document.Close();
            finished = true;
        }
        return output.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        output.Dispose();
        foreach (var d in new IDisposable[] { body, bold, heading, title, small, ink, grey, line, shade, bar }) d.Dispose();
    }

    void Row(IReadOnlyList<string> cells, float[] cols, SKFont font, SKPaint? fill)
    {
        var wrapped = cols.Select((c, i) => Wrap(i < cells.Count ? cells[i] : "", font, c - 6)).ToArray();
        var height = wrapped.Max(l => l.Count) * Height(font) + 6;
        EnsureRoom(height);
        var x = Margin;
        for (var i = 0; i < cols.Length; i++)
        {
            var rect = SKRect.Create(x, y, cols[i], height);
            if (fill is not null) canvas.DrawRect(rect, fill);
            canvas.DrawRect(rect, line);
            var top = y + 3;
            foreach (var l in wrapped[i])
            {
                canvas.DrawText(l, x + 3, top + font.Size, SKTextAlign.Left, font, ink);
                top += Height(font);
            }
            x += cols[i];
        }
        y += height;
    }

    void Write(string text, SKFont font, SKPaint paint)
    {
        foreach (var l in Wrap(text, font, Width))
        {
            EnsureRoom(Height(font));
            DrawText(l, Margin, font, paint);
            y += Height(font);
        }
    }

    void DrawText(string text, float x, SKFont font, SKPaint paint, float boxHeight = 0) =>
        canvas.DrawText(text, x, y + (boxHeight > 0 ? (boxHeight + font.Size * 0.8f) / 2 : font.Size), SKTextAlign.Left, font, paint);

    static float Height(SKFont font) => font.Size * 1.25f + LineGap;

    static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width) return text;
        while (text.Length > 1 && font.MeasureText(text + "…") > width) text = text[..^1];
        return text + "…";
    }

    /// <summary>Breaks at spaces where it can and between any two characters where it must (Hangul runs are long).</summary>
    static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (font.MeasureText(candidate) <= width) { current = candidate; continue; }
            if (current.Length > 0) lines.Add(current);
            current = "";
            foreach (var ch in word)
            {
                if (current.Length > 0 && font.MeasureText(current + ch) > width) { lines.Add(current); current = ""; }
                current += ch;
            }
        }
        lines.Add(current);
        return lines;
    }

    void EnsureRoom(float height)
    {
        if (y + height <= PageHeight - Margin) return;
        document.EndPage();
        NewPage();
    }

    void NewPage()
    {
        canvas = document.BeginPage(PageWidth, PageHeight);
        pages++;
        canvas.DrawText($"{footer}  ·  {pages}", PageWidth / 2, PageHeight - Margin + 25, SKTextAlign.Center, small, grey);
        y = Margin;
    }

    static SKTypeface Load(string file) =>
        SKTypeface.FromFile(Path.Combine(AppContext.BaseDirectory, "Documents", "Fonts", file))
        ?? throw new InvalidOperationException($"The bundled font {file} is missing from Documents/Fonts.");
}
