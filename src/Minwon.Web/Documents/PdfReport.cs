using SkiaSharp;

namespace Minwon.Web.Documents;

/// <summary>
/// A plain A4 report with Hangul text: headings, wrapped paragraphs, label/value fields, tables and horizontal bar
/// charts, flowing onto new pages. Police packages, minutes, drill reports and certificates are written with it.
/// Drawn with SkiaSharp's PDF back end (MIT) and the bundled NanumGothic faces (ADR-004). Skia embeds whole font
/// files, so pages are first laid out with the full faces and recorded, then drawn with faces cut down to the glyphs
/// the document uses (<see cref="FontSubset"/>): a report is tens of kilobytes instead of 5 MB.
/// </summary>
public sealed class PdfReport : IDisposable
{
    const float PageWidth = 595, PageHeight = 842, Margin = 50, LineGap = 4;
    static readonly Lazy<Face> Regular = new(() => Face.Load("NanumGothic.ttf"));
    static readonly Lazy<Face> BoldFace = new(() => Face.Load("NanumGothicBold.ttf"));

    readonly string documentTitle;
    readonly List<List<Action<SKCanvas, Fonts>>> pages = [];
    readonly Dictionary<Face, Dictionary<int, ushort>> characters = [];
    readonly SKFont body = new(Regular.Value.Typeface, 10), bold = new(BoldFace.Value.Typeface, 10), heading = new(BoldFace.Value.Typeface, 13),
        title = new(BoldFace.Value.Typeface, 18), small = new(Regular.Value.Typeface, 8);
    readonly SKPaint ink = new() { Color = SKColors.Black, IsAntialias = true },
        grey = new() { Color = new SKColor(110, 110, 110), IsAntialias = true },
        line = new() { Color = new SKColor(150, 150, 150), Style = SKPaintStyle.Stroke, StrokeWidth = 0.7f },
        shade = new() { Color = new SKColor(230, 232, 235) },
        bar = new() { Color = new SKColor(37, 99, 235) };
    readonly string footer;
    List<Action<SKCanvas, Fonts>> page = null!;
    float y;
    byte[]? bytes;

    public PdfReport(string documentTitle, string footer)
    {
        this.documentTitle = documentTitle;
        this.footer = footer;
        NewPage();
        Write(documentTitle, title, ink);
        y += 6;
    }

    const float Width = PageWidth - 2 * Margin;

    public PdfReport Heading(string text)
    {
        y += 8;
        Write(text, heading, ink);
        float at = y - 2;
        page.Add((c, _) => c.DrawLine(Margin, at, Margin + Width, at, line));
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
            DrawRect(SKRect.Create(Margin + labelWidth, y, Math.Max(barWidth, 1), barHeight), bar);
            DrawText($"{value:0.#} {unit}", Margin + labelWidth + barWidth + 4, body, ink, barHeight);
            y += barHeight + 6;
        }
        y += 4;
        return this;
    }

    /// <summary>The PDF: the recorded pages drawn with faces cut down to the glyphs they use.</summary>
    public byte[] ToBytes()
    {
        if (bytes is not null) return bytes;
        using var fonts = new Fonts(characters);
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = documentTitle, Creator = "Minwon", Producer = "Minwon" }))
        {
            foreach (var ops in pages)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                foreach (var op in ops) op(canvas, fonts);
                document.EndPage();
            }
            document.Close();
        }
        return bytes = output.ToArray();
    }

    public void Dispose()
    {
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
            if (fill is not null) DrawRect(rect, fill);
            DrawRect(rect, line);
            var top = y + 3;
            foreach (var l in wrapped[i])
            {
                DrawText(l, x + 3, top + font.Size, SKTextAlign.Left, font, ink);
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
        DrawText(text, x, y + (boxHeight > 0 ? (boxHeight + font.Size * 0.8f) / 2 : font.Size), SKTextAlign.Left, font, paint);

    // recorded with the glyphs it needs; drawn later with the subset face of the same size
    void DrawText(string text, float x, float baseline, SKTextAlign align, SKFont font, SKPaint paint)
    {
        var face = font == body || font == small ? Regular.Value : BoldFace.Value;
        if (!characters.TryGetValue(face, out var used)) characters[face] = used = [];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && !used.ContainsKey(rune.Value)) used[rune.Value] = font.GetGlyph(rune.Value);
        }
        page.Add((c, fonts) => c.DrawText(text, x, baseline, align, fonts.Get(face, font.Size), paint));
    }

    void DrawRect(SKRect rect, SKPaint paint) => page.Add((c, _) => c.DrawRect(rect, paint));

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
        NewPage();
    }

    void NewPage()
    {
        pages.Add(page = []);
        DrawText($"{footer}  ·  {pages.Count}", PageWidth / 2, PageHeight - Margin + 25, SKTextAlign.Center, small, grey);
        y = Margin;
    }

    /// <summary>A bundled face: its file (to cut subsets from) and the full typeface (to measure text with).</summary>
    sealed class Face(byte[] file, SKTypeface typeface)
    {
        public byte[] File { get; } = file;
        public SKTypeface Typeface { get; } = typeface;

        public static Face Load(string name)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Documents", "Fonts", name);
            if (!System.IO.File.Exists(path)) throw new InvalidOperationException($"The bundled font {name} is missing from Documents/Fonts.");
            // the file's bytes are kept to cut subsets from; the typeface maps the file itself instead of a second copy
            return new Face(System.IO.File.ReadAllBytes(path),
                SKTypeface.FromFile(path) ?? throw new InvalidOperationException($"The bundled font {name} cannot be read."));
        }
    }

    /// <summary>The subset faces of one document and their fonts by size.</summary>
    sealed class Fonts(Dictionary<Face, Dictionary<int, ushort>> characters) : IDisposable
    {
        readonly Dictionary<Face, SKTypeface> faces = [];
        readonly Dictionary<(Face, float), SKFont> fonts = [];

        public SKFont Get(Face face, float size)
        {
            if (fonts.TryGetValue((face, size), out var font)) return font;
            if (!faces.TryGetValue(face, out var typeface))
            {
                using var data = SKData.CreateCopy(FontSubset.Subset(face.File, characters[face]));
                faces[face] = typeface = SKTypeface.FromData(data) ?? throw new InvalidOperationException("A font subset could not be read.");
            }
            return fonts[(face, size)] = new SKFont(typeface, size);
        }

        public void Dispose()
        {
            foreach (var f in fonts.Values) f.Dispose();
            foreach (var t in faces.Values) t.Dispose();
        }
    }
}
