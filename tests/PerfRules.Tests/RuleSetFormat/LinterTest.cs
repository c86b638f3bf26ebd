using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary><see cref="RuleSetLinter"/> on the Suixi table as printed: the misprinted 21 and the rate above 100% that no band covers.</summary>
public sealed class LinterTest
{
    private static readonly string AsPrinted = Path.Combine(TestDocuments.Folder, "Linting", "suixi-2022-as-printed.json");

    [Fact]
    public void Lint_AsPrintedSuixi_ReportsTheMisprinted21()
    {
        var report = RuleSetLinter.LintFile(AsPrinted);

        var finding = Assert.Single(report.Findings, f => f.IndicatorCode == "2.1");
        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Equal(LintFindingKind.Validation, finding.Kind);
        Assert.Contains("weighs 21, but its children 2.1.1, 2.1.2, 2.1.3, 2.1.4, 2.1.5, 2.1.6, 2.1.7 add up to 23", finding.Message.Get(Language.English), StringComparison.Ordinal);
        Assert.Equal(AsPrinted, finding.Source);
        Assert.StartsWith("$.indicators[1]", finding.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_AsPrintedSuixi_ReportsLevel2OfSection2NotAddingUp()
    {
        var report = RuleSetLinter.LintFile(AsPrinted);

        var finding = Assert.Single(report.Findings, f => f.IndicatorCode == "2");
        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Contains("weighs 40, but its children 2.1, 2.2, 2.3 add up to 38", finding.Message.Get(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_AsPrintedSuixi_ReportsNoBandForARateAbove100Percent()
    {
        var report = RuleSetLinter.LintFile(AsPrinted);

        var gap = Assert.Single(report.Findings, f => f.Kind == LintFindingKind.BandGap);
        Assert.Equal("2.1.2", gap.IndicatorCode);
        Assert.Equal(LintSeverity.Error, gap.Severity);
        Assert.Equal(1.05m, gap.Example);
        Assert.Contains("(100%, +∞)", gap.Message.Chinese, StringComparison.Ordinal);
        Assert.Contains("e.g. 105%", gap.Message.Get(Language.English), StringComparison.Ordinal);
        Assert.Equal("$.indicators[3].scoring", gap.Path);
    }

    [Fact]
    public void Lint_AsPrintedSuixi_HasExactlyTheThreeErrors()
    {
        var report = RuleSetLinter.LintFile(AsPrinted);

        Assert.Equal(["2", "2.1", "2.1.2"], report.AtLeast(LintSeverity.Warning).Select(f => f.IndicatorCode).Order(StringComparer.Ordinal));
        Assert.Equal(3, report.Count(LintSeverity.Error));
    }

    [Fact]
    public void ThrowIfAny_AsPrintedSuixi_ThrowsListingEveryFinding()
    {
        var report = RuleSetLinter.LintFile(AsPrinted);

        var exception = Assert.Throws<RuleSetLintException>(() => report.ThrowIfAny(LintSeverity.Error));

        Assert.Equal(3, exception.Report.Findings.Count);
        Assert.Contains("2.1.2", exception.Message, StringComparison.Ordinal);
        Assert.Contains("105%", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ParsedDocument_GivesTheSameFindingsAsTheFile()
    {
        var document = RuleSetJson.Parse(File.ReadAllText(AsPrinted), AsPrinted);

        var fromDocument = RuleSetLinter.Lint(document);

        Assert.Equal(RuleSetLinter.LintFile(AsPrinted).Findings, fromDocument.Findings);
    }
}
