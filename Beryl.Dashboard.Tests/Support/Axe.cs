using Microsoft.Playwright;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// axe-core (npm, copied beside the tests by the build) run in the page: the WCAG 2.1 A and AA rules.
/// </summary>
public static class Axe
{
    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));

    /// <summary>Each serious or critical violation: the rule, what it asks, and each distinct failure with its count and an example.</summary>
    public static async Task<string[]> SeriousViolationsAsync(IPage page)
    {
        // Colours are judged once they stop changing (a theme switch fades buttons from one colour to the other).
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
        // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
        await page.EvaluateAsync(Script);
        return await page.EvaluateAsync<string[]>("""
            async () => {
                const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                    resultTypes: ['violations'],
                });
                // One line per rule, then each distinct failure once with its count and first element.
                return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => {
                        const failures = new Map();
                        for (const n of v.nodes) {
                            const why = (n.failureSummary || '').replace(/\s+/g, ' ').replace(/^Fix (any|all) of the following: /, '');
                            const seen = failures.get(why);
                            failures.set(why, { count: (seen?.count ?? 0) + 1, first: seen?.first ?? n.target.join(' ') });
                        }
                        return `${v.id} (${v.impact}, ${v.nodes.length} elements): ${v.help}\n`
                            + [...failures].map(([why, f]) => `  ${f.count} x ${why} e.g. ${f.first}`).join('\n');
                    });
            }
            """);
    }
}
