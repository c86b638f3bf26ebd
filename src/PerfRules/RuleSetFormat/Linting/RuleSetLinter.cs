using System.Globalization;
using System.Text.RegularExpressions;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Documents;
using PerfRules.RuleSetFormat.Json;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat;

/// <summary>
/// Finds what is wrong or doubtful in a rule set (规则集检查): everything <see cref="RuleSetJson.Validate(string, string?, RuleSetLoadOptions?)"/>
/// reports (weights that do not add up to their parent, reallocations to unknown indicators, formulas reading unknown
/// fields), and besides: values of a metric's domain that fall in no band or in two (with an example value), bands never
/// hit, steps that cannot take all the points, leaves without criteria text. Use it from code, from a test
/// (<c>RuleSetLinter.Lint(ruleSet).ThrowIfAny(LintSeverity.Error)</c>) or as <c>perfrules lint</c>.
/// </summary>
/// <remarks>
/// A metric's domain is the one declared; a document's metric without a declared domain is taken as [0, +∞) unless its
/// unit is <c>number</c> (then (−∞, +∞)): rates, amounts, days and counts are never negative. Thread-safe.
/// </remarks>
public static partial class RuleSetLinter
{
    /// <summary>Lints a document read with <see cref="RuleSetJson.Parse"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The base documents it may extend and the fact types its formulas may read; defaults when null.</param>
    /// <returns>The findings.</returns>
    public static LintReport Lint(RuleSetDocument document, RuleSetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Lint(document, RuleSetJson.Validate(document, options));
    }

    /// <summary>Lints the rule-set document in a file (UTF-8); a document that cannot even be read as a rule set gives its problems as findings.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The base documents it may extend and the fact types its formulas may read; defaults when null.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LintReport LintFile(string path, RuleSetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var json = File.ReadAllText(path);
        var errors = RuleSetJson.Validate(json, path, options);
        RuleSetDocument? document;
        try
        {
            document = RuleSetJson.Parse(json, path);
        }
        catch (RuleSetLoadException)
        {
            // Its problems are among the errors already; without a document there are no bands to walk.
            document = null;
        }

        return document is null ? new LintReport([.. errors.Select(e => FromError(e, null))]) : Lint(document, errors);
    }

    /// <summary>
    /// Lints a built rule set, such as one written in C#: leaves without criteria text, and the scale of every
    /// <see cref="IMetricIndicator"/> over its <see cref="MetricScale.Domain"/> (gaps, bands never hit, steps that never reach 0).
    /// </summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The findings, in indicator order.</returns>
    public static LintReport Lint(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var findings = new List<LintFinding>();
        foreach (var rule in ruleSet.IndicatorRules)
        {
            var indicator = rule.Indicator;
            LintFinding Found(ScaleFinding f) => new(f.Severity, f.Kind, indicator.Code, ruleSet.Id, null, null, null, f.Message, f.Example);
            if (string.IsNullOrWhiteSpace(indicator.Criteria?.Chinese))
            {
                findings.Add(Found(MissingCriteria(indicator.Code)));
            }

            if (rule is IMetricIndicator { Scale: var scale })
            {
                var found = scale.Bands is { } bands
                    ? ScaleAnalysis.Bands([.. bands.Bands.Select(b => b.Interval)], scale.Domain, NoNote, scale.MetricName, ReportFormat.Number)
                    : ScaleAnalysis.Steps(scale.Steps!.Threshold, scale.Steps.StepSize, scale.Steps.PointsPerStep, scale.Steps.PointsAvailable, scale.Steps.Counting,
                        scale.Domain, NoNote, scale.MetricName, ReportFormat.Number);
                findings.AddRange(found.Select(Found));
            }
        }

        return new LintReport(findings);
    }

    private static LintReport Lint(RuleSetDocument document, IReadOnlyList<RuleSetError> errors)
    {
        var findings = new List<(LintFinding Finding, int Order)>();
        var overlapsFound = false;
        foreach (var row in document.Indicators.Where(r => !r.IsRemoved))
        {
            // In a document that extends another, a row without a name overrides a base row and keeps its criteria.
            if (row.Scoring is not null && string.IsNullOrWhiteSpace(row.Criteria?.Chinese) && (document.Extends is null || row.Name is not null))
            {
                findings.Add((Place(MissingCriteria(row.Code), row.Code, row.Location), 1));
            }

            if (row.Scoring is { } scoring)
            {
                foreach (var (finding, at) in Scale(scoring, row.Weight))
                {
                    overlapsFound |= finding.Kind == LintFindingKind.BandOverlap;
                    findings.Add((Place(finding, row.Code, at), 1));
                }
            }
        }

        foreach (var error in errors)
        {
            // The linter's own overlap finding says the same with an example value.
            if (overlapsFound && BandPath().IsMatch(error.Path) && error.Message.Get(Language.English).Contains("overlaps band", StringComparison.Ordinal))
            {
                continue;
            }

            findings.Add((FromError(error, document), 0));
        }

        return new LintReport([.. findings
            .OrderBy(f => f.Finding.Line)
            .ThenBy(f => f.Finding.Column)
            .ThenBy(f => f.Order)
            .ThenBy(f => f.Finding.Path, StringComparer.Ordinal)
            .Select(f => f.Finding)]);
    }

    private static IEnumerable<(ScaleFinding Finding, Location At)> Scale(ScoringSpec scoring, decimal? points)
    {
        switch (scoring)
        {
            case BandsSpec bands:
            {
                var (domain, note) = Domain(bands.Metric);
                var format = Format(bands.Metric);
                foreach (var finding in ScaleAnalysis.Bands([.. bands.Bands.Select(b => b.Range)], domain, note, bands.Metric.Name, format))
                {
                    yield return (finding, finding.Band is { } i ? bands.Bands[i].Location : bands.Location);
                }

                break;
            }

            case StepsSpec steps when points is { } available:
            {
                var (domain, note) = Domain(steps.Metric);
                foreach (var finding in ScaleAnalysis.Steps(steps.Threshold, steps.Step, steps.PointsPerStep, available, steps.Counting, domain, note, steps.Metric.Name, Format(steps.Metric)))
                {
                    yield return (finding, steps.Location);
                }

                break;
            }

            case PartsSpec parts:
                foreach (var part in parts.Parts)
                {
                    foreach (var found in Scale(part.Scoring, part.Points))
                    {
                        yield return found;
                    }
                }

                break;

            // A case scored by a block scores out of the row's points, as the cases block does.
            case CasesSpec cases:
                foreach (var nested in cases.Cases.Select(c => c.Scoring).OfType<ScoringSpec>())
                {
                    foreach (var found in Scale(nested, points))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    private static readonly (string Chinese, string English) NoNote = (string.Empty, string.Empty);

    private static (Interval Domain, (string Chinese, string English) Note) Domain(MetricSpec metric) => metric.Domain is { } declared
        ? (declared, NoNote)
        : metric.Unit == ValueUnit.None
            ? (Interval.Unbounded, ("（未声明domain）", " (no domain declared)"))
            : (Interval.AtLeast(0m), ("（未声明domain，按非负值）", " (no domain declared: taken as non-negative)"));

    private static Func<decimal, string> Format(MetricSpec metric) =>
        metric.Unit == ValueUnit.Percent ? ReportFormat.PercentBound : ReportFormat.Number;

    private static ScaleFinding MissingCriteria(string code) => new(LintSeverity.Warning, LintFindingKind.MissingCriteria,
        new LocalizedText($"末级指标{code}没有评分标准criteria：请照抄评分表的原文", $"leaf indicator {code} has no criteria text: copy the scoring table's wording"));

    private static LintFinding Place(ScaleFinding finding, string code, Location at) =>
        new(finding.Severity, finding.Kind, code, at.Source, at.Path, at.Line, at.Column, finding.Message, finding.Example);

    private static LintFinding FromError(RuleSetError error, RuleSetDocument? document) => new(
        error.Severity == RuleSetErrorSeverity.Error ? LintSeverity.Error : LintSeverity.Warning,
        LintFindingKind.Validation,
        document is null ? null : CodeAt(error.Path, document),
        error.Source,
        error.Path,
        error.Line,
        error.Column,
        error.Message);

    private static string? CodeAt(string path, RuleSetDocument document)
    {
        var match = RowPath().Match(path);
        if (!match.Success || !int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        return match.Groups[1].Value == "indicators"
            ? index < document.Indicators.Count ? document.Indicators[index].Code : null
            : index < document.Reallocations.Count ? document.Reallocations[index].From : null;
    }

    [GeneratedRegex(@"^\$\.(indicators|reallocations)\[(\d+)\]")]
    private static partial Regex RowPath();

    [GeneratedRegex(@"\.bands\[\d+\]$")]
    private static partial Regex BandPath();
}
