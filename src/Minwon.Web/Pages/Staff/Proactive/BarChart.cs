using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Minwon.Web.Pages.Staff.Proactive;

/// <summary>A horizontal bar chart drawn as inline SVG (no script), one bar per row, scaled to <see cref="Max"/>.</summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<(string Label, double Value)> Rows, double Max, string Unit)
{
    public IHtmlContent ToSvg()
    {
        const int rowHeight = 28, labelWidth = 190, barMax = 360;
        static string E(string s) => WebUtility.HtmlEncode(s);
        static string N(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append($"<figure class=\"mw-chart\" id=\"{E(Id)}\"><svg role=\"img\" aria-labelledby=\"{E(Id)}-title\" width=\"100%\" viewBox=\"0 0 {labelWidth + barMax + 90} {Rows.Count * rowHeight + 8}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"{E(Id)}-title\">{E(Title)}</title>");
        for (var i = 0; i < Rows.Count; i++)
        {
            var (label, value) = Rows[i];
            var y = i * rowHeight + 4;
            var w = Max <= 0 ? 0 : (int)Math.Round(barMax * Math.Clamp(value, 0, Max) / Max);
            sb.Append($"<text x=\"0\" y=\"{y + 17}\" font-size=\"13\" fill=\"#1e2124\">{E(label)}</text>");
            sb.Append($"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{barMax}\" height=\"20\" fill=\"#eef2f7\" />");
            sb.Append($"<rect class=\"mw-bar\" x=\"{labelWidth}\" y=\"{y}\" width=\"{w}\" height=\"20\" fill=\"#256ef4\" />");
            sb.Append($"<text x=\"{labelWidth + barMax + 6}\" y=\"{y + 16}\" font-size=\"13\" fill=\"#1e2124\">{N(value)}{E(Unit)}</text>");
        }
        sb.Append("</svg></figure>");
        return new HtmlString(sb.ToString());
    }
}
