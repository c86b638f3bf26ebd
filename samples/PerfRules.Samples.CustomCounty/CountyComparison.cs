using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Samples.CustomCounty;

/// <summary>
/// Prints what a county's own rows do to one department's scores: each row the county changed, scored by the base
/// table and by the county's, with both notes, then both totals and grades.
/// </summary>
public static class CountyComparison
{
    /// <summary>The leaves whose rule the county replaced or added, in table order: found by comparing the two rule sets, never listed by hand.</summary>
    /// <param name="basis">The table the county started from.</param>
    /// <param name="county">The county's table.</param>
    /// <returns>The codes.</returns>
    public static IReadOnlyList<string> ChangedLeaves(RuleSet basis, RuleSet county)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(county);
        return [.. county.IndicatorRules.Where(r => !basis.IndicatorRules.Contains(r)).Select(r => r.Indicator.Code)];
    }

    /// <summary>Prints the comparison.</summary>
    /// <param name="output">Where to print.</param>
    /// <param name="basis">The table the county started from.</param>
    /// <param name="asBasis">The department scored by it.</param>
    /// <param name="county">The county's table.</param>
    /// <param name="asCounty">The department scored by the county's table.</param>
    /// <param name="language">The language of the output.</param>
    public static void Print(TextWriter output, RuleSet basis, Scorecard asBasis, RuleSet county, Scorecard asCounty, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(asBasis);
        ArgumentNullException.ThrowIfNull(asCounty);
        var zh = language == Language.Chinese;
        var (baseName, countyName, colon) = zh ? ("基础标准", "本县标准", "：") : ("Base table", "County table", ": ");
        var changed = ChangedLeaves(basis, county);
        output.WriteLine($"{baseName}{colon}{basis.Name.Get(language)}");
        output.WriteLine($"{countyName}{colon}{county.Name.Get(language)}");
        output.WriteLine();
        output.WriteLine(zh ? $"本县改动的指标（{changed.Count}项）：" : $"Rows the county changed ({changed.Count}):");
        foreach (var code in changed)
        {
            var before = asBasis[code];
            var after = asCounty[code];
            output.WriteLine();
            output.WriteLine(zh ? $"{code} {after.Name.Chinese}（{Num(after.Weight)}分）" : $"{code} {after.Name.Get(language)} ({Num(after.Weight)} points)");
            output.WriteLine(zh ? $"  本县评分标准：{after.Criteria?.Chinese}" : $"  County criteria: {after.Criteria?.Get(Language.English)}");
            output.WriteLine($"  {baseName}{colon}{Num(before.Score)}{(zh ? "分" : "")}  {before.Note.Get(language)}");
            output.WriteLine($"  {countyName}{colon}{Num(after.Score)}{(zh ? "分" : "")}  {after.Note.Get(language)}");
        }

        output.WriteLine();
        var delta = asCounty.Total - asBasis.Total;
        output.WriteLine(zh
            ? $"总分：基础标准{Num(asBasis.Total)}分（{asBasis.Grade?.ChineseName}），本县标准{Num(asCounty.Total)}分（{asCounty.Grade?.ChineseName}），相差{Signed(delta)}分"
            : $"Total: {Num(asBasis.Total)} ({asBasis.Grade?.EnglishName}) by the base table, {Num(asCounty.Total)} ({asCounty.Grade?.EnglishName}) by the county's, {Signed(delta)}");
    }

    /// <summary>A score as the report prints it (no trailing zeros), or "-" when there is none.</summary>
    internal static string Num(decimal? value) => value is { } v ? ReportFormat.Number(v) : "-";

    private static string Signed(decimal? value) => value is { } v ? (v > 0m ? "+" : "") + ReportFormat.Number(v) : "-";
}
