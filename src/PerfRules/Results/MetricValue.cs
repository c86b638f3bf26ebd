using System.Text;
using System.Text.Json.Serialization;
using System.Globalization;
using PerfRules.Explanations;
using PerfRules.Internal;

namespace PerfRules.Results;

/// <summary>
/// A computed metric (指标值) such as 支出完成率: its name, its formula in words, the same formula with the numbers put in,
/// the inputs, the exact value and the value as shown.
/// </summary>
/// <remarks>
/// <para>The formula is written once as a template whose placeholders <c>{0}</c>, <c>{1}</c> … stand for the inputs in
/// order, for example <c>"{0}/({1}+{2})"</c>. The library fills it with the inputs' labels to get the formula
/// (实际支出/(下达预算+年初结转)) and with their numbers to get the arithmetic
/// (15635713.52/(549070.93+15188214.45)), so the words, the numbers and the value can never disagree.</para>
/// <para>The value is computed by the caller, exactly, and is never rounded here. Immutable and thread-safe.</para>
/// </remarks>
public sealed record MetricValue
{
    /// <summary>Creates a metric.</summary>
    /// <param name="name">The metric's name, e.g. 差异率 / variance rate.</param>
    /// <param name="template">The formula with <c>{0}</c>, <c>{1}</c> … for the inputs, e.g. <c>"({0}-{1})/{1}"</c>.</param>
    /// <param name="value">The exact, unrounded value, in its base quantity (a ratio for a rate).</param>
    /// <param name="unit">How to show the value, e.g. <see cref="ValueUnit.Percent"/>.</param>
    /// <param name="inputs">The inputs, in the order the template numbers them.</param>
    /// <exception cref="ArgumentException">The template is blank or names an input that does not exist.</exception>
    public MetricValue(LocalizedText name, string template, decimal value, ValueUnit unit, params IEnumerable<ScoringInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(name);
        Blank.ThrowIfBlank(template);
        Name = name;
        Template = template;
        Value = value;
        Unit = unit;
        Inputs = EquatableList<ScoringInput>.From(inputs);

        // Filling the arithmetic in Chinese checks the template (every note that cites the metric needs it anyway); the
        // other texts, filled from the same template when first read, cannot fail.
        Arithmetic = new(
            TextBuffer.Release(AppendFilled(TextBuffer.Acquire(), template, Inputs, Placeholder.Number, Language.Chinese)),
            new Filled(template, Inputs, Placeholder.Number));
        Formula = new(new Filled(template, Inputs, Placeholder.Label));
        Displayed = new(new Quantity(value, unit));
    }

    /// <summary>Reads a metric back from JSON: the same as the public constructor, with the inputs typed as the property is.</summary>
    [JsonConstructor]
    internal MetricValue(LocalizedText name, string template, decimal value, ValueUnit unit, IReadOnlyList<ScoringInput> inputs)
        : this(name, template, value, unit, (IEnumerable<ScoringInput>)inputs)
    {
    }

    /// <summary>The metric's name, e.g. 支出完成率 / expenditure completion rate.</summary>
    public LocalizedText Name { get; }

    /// <summary>The formula template, with <c>{0}</c>, <c>{1}</c> … standing for <see cref="Inputs"/>.</summary>
    public string Template { get; }

    /// <summary>The exact, unrounded value in its base quantity.</summary>
    public decimal Value { get; }

    /// <summary>How the value is shown.</summary>
    public ValueUnit Unit { get; }

    /// <summary>The inputs, in template order.</summary>
    public IReadOnlyList<ScoringInput> Inputs { get; }

    /// <summary>The formula in words: 实际支出/(下达预算+年初结转).</summary>
    public LocalizedText Formula { get; }

    /// <summary>The formula with the numbers put in: 15635713.52/(549070.93+15188214.45).</summary>
    public LocalizedText Arithmetic { get; }

    /// <summary>The value as shown: 99.35%.</summary>
    public LocalizedText Displayed { get; }

    private enum Placeholder
    {
        Label,
        Number,
    }

    /// <summary>
    /// Fills the template as <see cref="string.Format(IFormatProvider, string, object[])"/> would, writing each input
    /// straight into one buffer. Templates are plain "{0}/({1}+{2})"; one using anything else (an alignment, a format, a
    /// stray brace) goes to string.Format itself, so its text or its complaint stays exactly what it was.
    /// </summary>
    private static StringBuilder AppendFilled(StringBuilder builder, string template, IReadOnlyList<ScoringInput> inputs, Placeholder placeholder, Language language)
    {
        var start = builder.Length;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                builder.Append(c);
                i++;
            }
            else if (c == '{' && PlaceholderIndex(template, i, inputs.Count, out var index, out var end))
            {
                var input = inputs[index];
                if (placeholder == Placeholder.Label)
                {
                    input.Label.AppendTo(builder, language);
                }
                else
                {
                    input.AppendNumber(builder, language);
                }

                i = end;
            }
            else if (c == '{' || c == '}')
            {
                builder.Length = start;
                return builder.Append(FillByFormat(template, inputs, placeholder, language));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder;
    }

    /// <summary>Reads "{n}" at <paramref name="start"/>, n naming an input; <paramref name="end"/> is the closing brace.</summary>
    private static bool PlaceholderIndex(string template, int start, int count, out int index, out int end)
    {
        index = 0;
        end = template.IndexOf('}', start + 1);
        return end > start + 1
            && int.TryParse(template.AsSpan(start + 1, end - start - 1), NumberStyles.None, CultureInfo.InvariantCulture, out index)
            && index < count;
    }

    private static string FillByFormat(string template, IReadOnlyList<ScoringInput> inputs, Placeholder placeholder, Language language)
    {
        var values = new object?[inputs.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = placeholder == Placeholder.Label ? inputs[i].Label.Get(language) : inputs[i].FormatNumber(language);
        }

        try
        {
            return string.Format(CultureInfo.InvariantCulture, template, values);
        }
        catch (FormatException e)
        {
            throw new ArgumentException(
                $"The formula template '{template}' does not fit its inputs: every placeholder {{n}} must name one of the inputs given, counted from 0.",
                nameof(template),
                e);
        }
    }

    private sealed class Filled(string template, IReadOnlyList<ScoringInput> inputs, Placeholder placeholder) : ComposedText
    {
        public override StringBuilder Append(StringBuilder builder, Language language) => AppendFilled(builder, template, inputs, placeholder, language);

        public override bool HasSameInputs(DeferredEnglish other) =>
            other is Filled filled && (template, placeholder) == filled.Shape && inputs.Equals(filled.Inputs);

        private (string, Placeholder) Shape => (template, placeholder);

        private IReadOnlyList<ScoringInput> Inputs => inputs;
    }

    private sealed class Quantity(decimal value, ValueUnit unit) : ComposedText
    {
        public override StringBuilder Append(StringBuilder builder, Language language) => ReportFormat.AppendQuantity(builder, value, unit, language);

        public override bool HasSameInputs(DeferredEnglish other) => other is Quantity quantity && (value, unit) == quantity.Shown;

        private (decimal, ValueUnit) Shown => (value, unit);
    }
}
