using PerfRules.Results;

namespace PerfRules.RuleSetFormat;

/// <summary>What <see cref="RuleSetLinter"/> found in a rule set: its findings in document (or indicator) order.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LintReport
{
    internal LintReport(IReadOnlyList<LintFinding> findings) => Findings = findings;

    /// <summary>The findings; empty when the rule set is clean.</summary>
    public IReadOnlyList<LintFinding> Findings { get; }

    /// <summary>Whether there is no finding at all, not even an <see cref="LintSeverity.Info"/>.</summary>
    public bool IsClean => Findings.Count == 0;

    /// <summary>The findings at least as serious as <paramref name="minimumSeverity"/>.</summary>
    /// <param name="minimumSeverity">The least serious severity kept.</param>
    /// <returns>The findings, in order.</returns>
    public IReadOnlyList<LintFinding> AtLeast(LintSeverity minimumSeverity) => [.. Findings.Where(f => f.Severity <= minimumSeverity)];

    /// <summary>How many findings there are of one severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(LintSeverity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>
    /// Throws when there is a finding at least as serious as <paramref name="minimumSeverity"/>: the linter as a test
    /// assertion (<c>RuleSetLinter.Lint(ruleSet).ThrowIfAny(LintSeverity.Error)</c>).
    /// </summary>
    /// <param name="minimumSeverity">The least serious severity that fails; warnings and errors by default.</param>
    /// <exception cref="RuleSetLintException">Such a finding exists; the exception lists them all.</exception>
    public void ThrowIfAny(LintSeverity minimumSeverity = LintSeverity.Warning)
    {
        var failing = AtLeast(minimumSeverity);
        if (failing.Count > 0)
        {
            throw new RuleSetLintException(new LintReport(failing));
        }
    }

    /// <summary>The summary line: "2 errors, 1 warning, 0 info" / "错误2个，警告1个，提示0个".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Summary(Language language = Language.Chinese)
    {
        var (errors, warnings, infos) = (Count(LintSeverity.Error), Count(LintSeverity.Warning), Count(LintSeverity.Info));
        return language == Language.Chinese
            ? $"错误{errors}个，警告{warnings}个，提示{infos}个"
            : $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}, {infos} info";
    }

    /// <summary>Every finding on its own line, then the summary line.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, ending with a line break.</returns>
    public string Describe(Language language = Language.Chinese) =>
        string.Concat(Findings.Select(f => f.Describe(language) + "\n")) + Summary(language) + "\n";

    /// <summary>The Chinese description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe();
}
