using System.Text.Json;
using Microsoft.Playwright;

namespace Minwon.Browser.Tests.Accessibility;

/// <summary>
/// Runs axe-core (Deque's accessibility engine, the npm package in src/Minwon.Web's devDependencies) on a page against
/// the WCAG 2.x A and AA rules, which KWCAG 2.2 (the Korean public-sector standard) follows.
/// </summary>
public static class Axe
{
    static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Minwon.Web", "node_modules", "axe-core", "axe.min.js")));

    const string Run = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ` +
                v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join(' | '));
        }
        """;

    /// <summary>The violations on the page as it is now, one line each (rule, impact, help, the first offending elements).</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'")) await page.EvaluateAsync(Script.Value);
        return await page.EvaluateAsync<string[]>(Run);
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Minwon.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (Minwon.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
