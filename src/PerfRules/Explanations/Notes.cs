using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Explanations;

/// <summary>
/// Composes scoring notes (评分说明) that read like the report's, in Chinese with full-width punctuation, and in
/// English, e.g. 预算收入1030.36万元，决算收入1518.82万元，差异率=（1518.82-1030.36）/1030.36=47.41%，每增加5%扣0.5分，扣3分.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class Notes
{
    /// <summary>Joins clauses: Chinese with "，", English with ", ".</summary>
    /// <param name="parts">The clauses.</param>
    /// <returns>The joined text.</returns>
    public static LocalizedText Join(params IEnumerable<LocalizedText> parts)
    {
        var list = parts as IReadOnlyList<LocalizedText> ?? [.. parts];
        if (list.Count == 0)
        {
            throw new ArgumentException("Nothing to join.", nameof(parts));
        }

        if (list.Count == 1 && list[0].English is not null)
        {
            return list[0];
        }

        var chinese = new string[list.Count];
        var english = new string[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            chinese[i] = list[i].Chinese;
            english[i] = list[i].Get(Language.English);
        }

        return new(string.Join("，", chinese), string.Join(", ", english));
    }

    /// <summary>Numbers the parts of a note with several parts: Chinese "1. …；2. …", English "1. …; 2. …".</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The numbered text.</returns>
    public static LocalizedText Numbered(params IEnumerable<LocalizedText> parts)
    {
        var list = parts as IReadOnlyList<LocalizedText> ?? [.. parts];
        if (list.Count == 0)
        {
            throw new ArgumentException("Nothing to number.", nameof(parts));
        }

        var chinese = new string[list.Count];
        var english = new string[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            chinese[i] = $"{i + 1}. {list[i].Chinese}";
            english[i] = $"{i + 1}. {list[i].Get(Language.English)}";
        }

        return new(string.Join("；", chinese), string.Join("; ", english));
    }

    /// <summary>
    /// A metric's computation: "差异率=（1518.82-1030.36）/1030.36=47.41%" / "variance rate = (15.1882-10.3036)/10.3036 = 47.41%".
    /// </summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The text in both languages.</returns>
    public static LocalizedText Computation(MetricValue metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var chinese = $"{metric.Name.Chinese}={FullWidth(metric.Arithmetic.Chinese)}={metric.Displayed.Chinese}";
        var english = $"{metric.Name.Get(Language.English)} = {metric.Arithmetic.Get(Language.English)} = {metric.Displayed.Get(Language.English)}";
        return new(chinese, english);
    }

    /// <summary>
    /// The note for a step deduction: the inputs, the computation, the step rule and the points deducted:
    /// 预算收入1030.36万元，决算收入1518.82万元，差异率=（1518.82-1030.36）/1030.36=47.41%，每增加5%扣0.5分，扣3分.
    /// When nothing is deducted the last clause states the score instead (得3分).
    /// </summary>
    /// <param name="metric">The metric the steps were counted on.</param>
    /// <param name="step">The step result.</param>
    /// <param name="stateInputs">Whether to open with the inputs and their values.</param>
    /// <returns>The note in both languages.</returns>
    public static LocalizedText Step(MetricValue metric, StepResult step, bool stateInputs = true)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(step);
        var outcome = step.PointsDeducted > 0m ? ReportFormat.Deducted(step.PointsDeducted) : ReportFormat.Awarded(step.Score);
        return Join([.. Inputs(metric, stateInputs), Computation(metric), step.Scale.Describe(metric.Unit == ValueUnit.Percent), outcome]);
    }

    /// <summary>
    /// The note for a band: the inputs, the computation and the points:
    /// 支出完成率=15635713.52/（549070.93+15188214.45）=99.35%，得3分.
    /// </summary>
    /// <param name="metric">The metric classified.</param>
    /// <param name="hit">The band hit.</param>
    /// <param name="stateInputs">Whether to open with the inputs and their values.</param>
    /// <returns>The note in both languages.</returns>
    public static LocalizedText Band(MetricValue metric, BandHit hit, bool stateInputs = true)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(hit);
        return Join([.. Inputs(metric, stateInputs), Computation(metric), ReportFormat.Awarded(hit.Points)]);
    }

    /// <summary>Turns ASCII parentheses into the full-width ones Chinese text uses: (a-b)/b → （a-b）/b.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with full-width parentheses.</returns>
    public static string FullWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace('(', '（').Replace(')', '）');
    }

    private static IEnumerable<LocalizedText> Inputs(MetricValue metric, bool stateInputs) =>
        stateInputs ? metric.Inputs.DistinctBy(i => i.Label).Select(i => i.Describe()) : [];
}
