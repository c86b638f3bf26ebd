using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>One small document per kind of finding, and a clean one with none.</summary>
public sealed class LinterKindsTest
{
    private const string Rate =
        "BudgetExecution.ActualExpenditure / (BudgetExecution.OpeningFiscalCarryOver + BudgetExecution.GeneralPublicBudgetAppropriation + BudgetExecution.GovernmentFundAppropriation)";

    private static string Bands(string bands, string domain = "", string criteria = "\"criteria\": \"按支出完成率分档计分\",") => Leaf(
        $$"""
        {{criteria}}
        "scoring": {
          "kind": "bands",
          "metric": { "name": "支出完成率", "formula": "{{Rate}}", "unit": "percent" {{domain}} },
          "bands": [ {{bands}} ]
        }
        """);

    private static string Leaf(string body, string extra = "") =>
        $$"""
        {
          "id": "LintCase", "version": "1", "name": "检查用例", "maximumScore": 4,
          "indicators": [
            { "code": "1", "name": "预算执行", "weight": 4 },
            { "code": "1.1", "name": "支出完成率", "weight": 4, {{body}} }
          ]
          {{extra}}
        }
        """;

    private static LintReport Lint(string json) => RuleSetLinter.Lint(RuleSetJson.Parse(json, "case.json"));

    [Fact]
    public void Lint_CleanDocument_HasNoFindings()
    {
        var report = Lint(Bands("""{ "range": "[90%, +inf)", "points": 4 }, { "range": "[0, 90%)", "points": 0 }"""));

        Assert.True(report.IsClean, report.ToString());
        report.ThrowIfAny(LintSeverity.Info);
        Assert.Equal("0 errors, 0 warnings, 0 info", report.Summary(Language.English));
    }

    [Fact]
    public void Lint_GapBetweenBands_GivesItsMidpoint()
    {
        var report = Lint(Bands("""{ "range": "[90%, +inf)", "points": 4 }, { "range": "[0, 80%)", "points": 0 }"""));

        var gap = Assert.Single(report.Findings);
        Assert.Equal(LintFindingKind.BandGap, gap.Kind);
        Assert.Equal(0.85m, gap.Example);
        Assert.Contains("[80%, 90%)", gap.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_GapInTheBandsOfACase_IsFoundToo()
    {
        var report = Lint(Leaf($$"""
            "criteria": "未采购的得4分，否则按支出完成率分档计分",
            "scoring": {
              "kind": "cases",
              "cases": [
                { "when": "Procurement.Actual == 0", "points": 4, "note": "未采购，得4分" },
                { "scoring": { "kind": "bands", "metric": { "name": "支出完成率", "formula": "{{Rate}}", "unit": "percent" },
                  "bands": [ { "range": "[90%, +inf)", "points": 4 }, { "range": "[0, 80%)", "points": 0 } ] } }
              ]
            }
            """));

        var gap = Assert.Single(report.Findings);
        Assert.Equal((LintFindingKind.BandGap, 0.85m), (gap.Kind, gap.Example));
    }

    [Fact]
    public void Lint_BoundExcludedByBothNeighbours_GivesTheBoundItself()
    {
        var report = Lint(Bands("""{ "range": "(100%, +inf)", "points": 4 }, { "range": "[0, 100%)", "points": 0 }"""));

        var gap = Assert.Single(report.Findings);
        Assert.Equal(LintFindingKind.BandGap, gap.Kind);
        Assert.Equal(1m, gap.Example);
        Assert.Contains("= 100% is in no band: (100%, +∞) and [0%, 100%) both exclude it", gap.Message.Get(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_DeclaredDomain_BoundsTheGapAnalysis()
    {
        var report = Lint(Bands("""{ "range": "[90%, 100%]", "points": 4 }, { "range": "[0, 90%)", "points": 0 }""", """, "domain": "[0, 100%]" """));

        Assert.True(report.IsClean, report.ToString());
    }

    [Fact]
    public void Lint_NumberMetricWithoutDomain_IsUnboundedBelow()
    {
        var json = Bands("""{ "range": "[0, +inf)", "points": 4 }""").Replace("\"unit\": \"percent\"", "\"unit\": \"number\"", StringComparison.Ordinal);

        var gap = Assert.Single(Lint(json).Findings);

        Assert.Equal(LintFindingKind.BandGap, gap.Kind);
        Assert.Equal(-1m, gap.Example);
    }

    [Fact]
    public void Lint_OverlappingBands_GivesAValueInBoth_AndReplacesTheLoadError()
    {
        var report = Lint(Bands("""{ "range": "[90%, +inf)", "points": 4 }, { "range": "[0, 95%)", "points": 0 }"""));

        var overlap = Assert.Single(report.Findings);
        Assert.Equal(LintFindingKind.BandOverlap, overlap.Kind);
        Assert.Equal(LintSeverity.Error, overlap.Severity);
        Assert.Equal(0.9m, overlap.Example);
        Assert.Contains("[90%, 95%)", overlap.Message.Chinese, StringComparison.Ordinal);
        Assert.Equal("$.indicators[1].scoring.bands[1]", overlap.Path);
    }

    [Fact]
    public void Lint_BandOutsideTheDomain_IsNeverHit()
    {
        var report = Lint(Bands("""{ "range": "[0, +inf)", "points": 4 }, { "range": "(-inf, 0)", "points": 0 }"""));

        var never = Assert.Single(report.Findings);
        Assert.Equal(LintFindingKind.UnreachableBand, never.Kind);
        Assert.Equal(LintSeverity.Warning, never.Severity);
        Assert.Equal("$.indicators[1].scoring.bands[1]", never.Path);
    }

    [Fact]
    public void Lint_StepsThatCannotTakeEveryPointWithinTheDomain_NeverReachZero()
    {
        var report = Lint(Leaf(
            $$"""
            "criteria": "每超过5%扣0.5分",
            "scoring": {
              "kind": "steps",
              "metric": { "name": "差异率", "formula": "{{Rate}}", "unit": "percent", "domain": "[0, 20%]" },
              "threshold": 0, "step": "5%", "pointsPerStep": 0.5, "counting": "completed"
            }
            """));

        var steps = Assert.Single(report.Findings);
        Assert.Equal(LintFindingKind.StepsNeverReachZero, steps.Kind);
        Assert.Equal(0.2m, steps.Example);
        Assert.Contains("never falls below 2", steps.Message.Get(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_PointsNotAMultipleOfPointsPerStep_SaysTheLastStepDeductsTheRest()
    {
        var report = Lint(Leaf(
            $$"""
            "criteria": "每超过5%扣1.5分",
            "scoring": {
              "kind": "steps",
              "metric": { "name": "差异率", "formula": "{{Rate}}", "unit": "percent" },
              "threshold": 0, "step": "5%", "pointsPerStep": 1.5, "counting": "completed"
            }
            """));

        var info = Assert.Single(report.Findings);
        Assert.Equal(LintFindingKind.UnevenLastStep, info.Kind);
        Assert.Equal(LintSeverity.Info, info.Severity);
        report.ThrowIfAny(LintSeverity.Warning);
    }

    [Fact]
    public void Lint_LeafWithoutCriteria_IsAWarning()
    {
        var report = Lint(Bands("""{ "range": "[0, +inf)", "points": 4 }""", criteria: ""));

        var missing = Assert.Single(report.Findings);
        Assert.Equal(LintFindingKind.MissingCriteria, missing.Kind);
        Assert.Equal("1.1", missing.IndicatorCode);
        Assert.Throws<RuleSetLintException>(() => report.ThrowIfAny());
        report.ThrowIfAny(LintSeverity.Error);
    }

    [Fact]
    public void Lint_ReallocationToAnUnknownIndicator_IsAnError()
    {
        var json = Leaf(
            """ "criteria": "按问题扣分", "scoring": { "kind": "findings" } """,
            """, "reallocations": [ { "when": "true", "from": "1.1", "to": "9.9" } ]""");

        var finding = Assert.Single(Lint(json).Findings, f => f.Path!.StartsWith("$.reallocations", StringComparison.Ordinal));

        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Equal("1.1", finding.IndicatorCode);
        Assert.Contains("9.9", finding.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_FormulaReadingAnUnknownField_IsAnError()
    {
        var json = Bands("""{ "range": "[0, +inf)", "points": 4 }""").Replace("BudgetExecution.ActualExpenditure", "BudgetExecution.ActualSpending", StringComparison.Ordinal);

        var finding = Assert.Single(Lint(json).Findings);

        Assert.Equal(LintFindingKind.Validation, finding.Kind);
        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Equal("1.1", finding.IndicatorCode);
        Assert.Contains("ActualSpending", finding.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_PutsFileLineColumnSeverityAndCode()
    {
        var report = Lint(Bands("""{ "range": "[0, +inf)", "points": 4 }""", criteria: ""));

        Assert.Matches(@"^case\.json\(\d+,\d+\): warning 1\.1: leaf indicator 1\.1 has no criteria text", report.Findings[0].Describe(Language.English));
    }
}
