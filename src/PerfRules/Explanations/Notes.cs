using System.Text;
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
        ArgumentNullException.ThrowIfNull(parts);

        // A copy: the text is composed when first read, from parts the caller can no longer change by then.
        return Joined([.. parts]);
    }

    /// <summary>Joins clauses: Chinese with "，", English with ", ".</summary>
    /// <remarks>The overload clauses written out in the call bind to: it takes them without a params array.</remarks>
    /// <param name="parts">The clauses.</param>
    /// <returns>The joined text.</returns>
    public static LocalizedText Join(params ReadOnlySpan<LocalizedText> parts) => Joined(parts.ToArray());

    /// <summary>Numbers the parts of a note with several parts: Chinese "1. …；2. …", English "1. …; 2. …".</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The numbered text.</returns>
    public static LocalizedText Numbered(params IEnumerable<LocalizedText> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return NumberedParts([.. parts]);
    }

    /// <summary>Numbers the parts of a note with several parts: Chinese "1. …；2. …", English "1. …; 2. …".</summary>
    /// <remarks>The overload parts written out in the call bind to: it takes them without a params array.</remarks>
    /// <param name="parts">The parts.</param>
    /// <returns>The numbered text.</returns>
    public static LocalizedText Numbered(params ReadOnlySpan<LocalizedText> parts) => NumberedParts(parts.ToArray());

    /// <summary>
    /// A metric's computation: "差异率=（1518.82-1030.36）/1030.36=47.41%" / "variance rate = (15.1882-10.3036)/10.3036 = 47.41%".
    /// </summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The text in both languages.</returns>
    public static LocalizedText Computation(MetricValue metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return new(new ComputationText(metric));
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
        var rule = step.Scale.Describe(metric.Unit == ValueUnit.Percent);
        var deducted = step.PointsDeducted > 0m;
        var points = deducted ? step.PointsDeducted : step.Score;
        return new(new StepText(metric, stateInputs, rule, deducted, points));
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
        return new(new BandText(metric, stateInputs, hit.Points));
    }

    /// <summary>Turns ASCII parentheses into the full-width ones Chinese text uses: (a-b)/b → （a-b）/b.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with full-width parentheses.</returns>
    public static string FullWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace('(', '（').Replace(')', '）');
    }

    private static LocalizedText Joined(LocalizedText[] parts)
    {
        if (parts.Length == 0)
        {
            throw new ArgumentException("Nothing to join.", nameof(parts));
        }

        return parts.Length == 1 && parts[0].HasEnglish ? parts[0] : new(new Parts(parts, numbered: false));
    }

    private static LocalizedText NumberedParts(LocalizedText[] parts) =>
        parts.Length == 0 ? throw new ArgumentException("Nothing to number.", nameof(parts)) : new(new Parts(parts, numbered: true));

    private static string Separator(Language language) => language == Language.Chinese ? "，" : ", ";

    private static StringBuilder AppendJoined(StringBuilder builder, IReadOnlyList<LocalizedText> parts, Language language)
    {
        var separator = Separator(language);
        for (var i = 0; i < parts.Count; i++)
        {
            parts[i].AppendTo(i == 0 ? builder : builder.Append(separator), language);
        }

        return builder;
    }

    private static StringBuilder AppendNumbered(StringBuilder builder, IReadOnlyList<LocalizedText> parts, Language language)
    {
        var separator = language == Language.Chinese ? "；" : "; ";
        for (var i = 0; i < parts.Count; i++)
        {
            parts[i].AppendTo((i == 0 ? builder : builder.Append(separator)).Append(i + 1).Append(". "), language);
        }

        return builder;
    }

    private static StringBuilder AppendComputation(StringBuilder builder, MetricValue metric, Language language)
    {
        if (language != Language.Chinese)
        {
            metric.Name.AppendTo(builder, language).Append(" = ");
            return metric.Displayed.AppendTo(metric.Arithmetic.AppendTo(builder, language).Append(" = "), language);
        }

        metric.Name.AppendTo(builder, language).Append('=');
        var arithmetic = builder.Length;
        metric.Arithmetic.AppendTo(builder, language)
            .Replace('(', '（', arithmetic, builder.Length - arithmetic)
            .Replace(')', '）', arithmetic, builder.Length - arithmetic);
        return metric.Displayed.AppendTo(builder.Append('='), language);
    }

    /// <summary>The inputs, each once (two may share a label), then the computation.</summary>
    private static StringBuilder AppendInputsAndComputation(StringBuilder builder, MetricValue metric, bool stateInputs, Language language)
    {
        var separator = Separator(language);
        var inputs = metric.Inputs;
        for (var i = 0; stateInputs && i < inputs.Count; i++)
        {
            if (IsFirstWithItsLabel(inputs, i))
            {
                inputs[i].AppendDescription(builder, language).Append(separator);
            }
        }

        return AppendComputation(builder, metric, language);
    }

    private static StringBuilder AppendStep(
        StringBuilder builder, MetricValue metric, bool stateInputs, LocalizedText rule, bool deducted, decimal points, Language language)
    {
        AppendInputsAndComputation(builder, metric, stateInputs, language)
            .Append(Separator(language));
        rule.AppendTo(builder, language).Append(Separator(language));
        return deducted
            ? ReportFormat.AppendDeducted(builder, points, language)
            : ReportFormat.AppendAwarded(builder, points, language);
    }

    private static StringBuilder AppendBand(StringBuilder builder, MetricValue metric, bool stateInputs, decimal points, Language language) =>
        ReportFormat.AppendAwarded(AppendInputsAndComputation(builder, metric, stateInputs, language).Append(Separator(language)), points, language);

    private static bool IsFirstWithItsLabel(IReadOnlyList<ScoringInput> inputs, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (inputs[i].Label == inputs[index].Label)
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Parts(LocalizedText[] parts, bool numbered) : ComposedText
    {
        public override StringBuilder Append(StringBuilder builder, Language language) =>
            numbered ? AppendNumbered(builder, parts, language) : AppendJoined(builder, parts, language);

        public override bool HasSameInputs(DeferredEnglish other) =>
            other is Parts same && numbered == same.IsNumbered && parts.AsSpan().SequenceEqual(same.List);

        private LocalizedText[] List => parts;

        private bool IsNumbered => numbered;
    }

    private sealed class ComputationText(MetricValue metric) : ComposedText
    {
        public override StringBuilder Append(StringBuilder builder, Language language) => AppendComputation(builder, metric, language);

        public override bool HasSameInputs(DeferredEnglish other) => other is ComputationText computation && metric.Equals(computation.Metric);

        private MetricValue Metric => metric;
    }

    private sealed class StepText(MetricValue metric, bool stateInputs, LocalizedText rule, bool deducted, decimal points) : ComposedText
    {
        public override StringBuilder Append(StringBuilder builder, Language language) =>
            AppendStep(builder, metric, stateInputs, rule, deducted, points, language);

        public override bool HasSameInputs(DeferredEnglish other) =>
            other is StepText step && (stateInputs, deducted, points) == step.Scalars && rule.Equals(step.Rule) && metric.Equals(step.Metric);

        private (bool, bool, decimal) Scalars => (stateInputs, deducted, points);

        private LocalizedText Rule => rule;

        private MetricValue Metric => metric;
    }

    private sealed class BandText(MetricValue metric, bool stateInputs, decimal points) : ComposedText
    {
        public override StringBuilder Append(StringBuilder builder, Language language) => AppendBand(builder, metric, stateInputs, points, language);

        public override bool HasSameInputs(DeferredEnglish other) =>
            other is BandText band && (stateInputs, points) == band.Scalars && metric.Equals(band.Metric);

        private (bool, decimal) Scalars => (stateInputs, points);

        private MetricValue Metric => metric;
    }
}
