using PerfRules.RuleSetFormat;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>
/// The built-in Suixi set passes <see cref="RuleSetLinter"/>: unlike the table as printed, 2.1 weighs 23, and 2.1.2's
/// domain is declared [0, 1], the documented decision to reject rates above 100%, so its bands leave no gap.
/// </summary>
public sealed class LintTest
{
    [Fact]
    public void Lint_BuiltInSuixi_HasNoErrors()
    {
        var report = RuleSetLinter.Lint(BuiltInRuleSets.GuangdongSuixi2022);

        report.ThrowIfAny(LintSeverity.Error);
        Assert.Empty(report.AtLeast(LintSeverity.Error));
    }

    [Fact]
    public void Lint_BuiltInSuixi_LooksAtExpenditureCompletionRateOverItsDeclaredDomain()
    {
        var report = RuleSetLinter.Lint(BuiltInRuleSets.GuangdongSuixi2022);

        Assert.DoesNotContain(report.Findings, f => f.IndicatorCode == "2.1.2" && f.Kind == LintFindingKind.BandGap);
        Assert.All(report.Findings, f => Assert.Equal(BuiltInRuleSets.GuangdongSuixi2022.Id, f.Source));
    }
}
