using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Minwon.Web.Tests.Localization;

/// <summary>
/// Every Korean text a page or a service shows has an English entry in SharedResource.en.resx, so the English UI is
/// complete: it scans L["…"] in pages and the Korean string literals of the web project's feature code.
/// </summary>
public partial class TranslationCompletenessTests
{
    static readonly string Web = Path.Combine(RepoRoot(), "src", "Minwon.Web");

    // Folders whose Korean literals are data, not interface text (demo complaints, migrations).
    static readonly string[] NotInterface = ["Seeding", "Data", "bin", "obj", "node_modules", "wwwroot"];

    [Fact]
    public void Every_korean_interface_text_has_an_english_translation()
    {
        var resx = XDocument.Load(Path.Combine(Web, "Resources", "SharedResource.en.resx"));
        var keys = resx.Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Web, file);
            if (NotInterface.Any(f => relative.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal))) continue;
            if (Path.GetFileName(file).Contains("Demo", StringComparison.Ordinal)) continue; // demo data, not interface text
            var text = File.ReadAllText(file);
            var literals = file.EndsWith(".cshtml", StringComparison.Ordinal) ? LocalizerKey().Matches(RazorComment().Replace(text, "")).Select(m => m.Groups[1].Value)
                : file.EndsWith(".cs", StringComparison.Ordinal) ? KoreanLiteral().Matches(StripComments(text)).Select(m => Regex.Unescape(m.Groups[1].Value))
                : [];
            foreach (var key in literals.Where(k => Hangul().IsMatch(k) && !keys.Contains(k)))
                missing.Add($"{relative}: {key}");
        }

        Assert.True(missing.Count == 0, $"{missing.Count} Korean texts without an English entry:\n" + string.Join("\n", missing));
    }

    /// <summary>
    /// Drops comments, interpolated strings (built from texts checked elsewhere) and lines marked <c>// ko-only</c>:
    /// messages that go only to Korean outside parties (the police liaison), which have no English version by design,
    /// and Korean forms of stored data that are matched, not shown (the alias prefix "담당자 ").
    /// </summary>
    static string StripComments(string code) =>
        LineComment().Replace(string.Join('\n', code.Split('\n').Where(l => !l.Contains("$\"", StringComparison.Ordinal) && !l.Contains("// ko-only", StringComparison.Ordinal))), "");

    static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Minwon.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Minwon.slnx not found above the test binaries.");
    }

    [GeneratedRegex(@"L\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"(?<![@$])""((?:[^""\\\n]|\\.)*[가-힣](?:[^""\\\n]|\\.)*)""")]
    private static partial Regex KoreanLiteral();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"[가-힣]")]
    private static partial Regex Hangul();

    [GeneratedRegex(@"(?m)^\s*///?.*$")]
    private static partial Regex LineComment();
}
