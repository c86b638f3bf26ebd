using System.Text;
using PerfRules.Explanations;

namespace PerfRules.Results;

/// <summary>
/// One number (or text, or date) that went into a score: what it is, its value and unit, and the fact and field it
/// came from, so that a reader can trace every point back to the accounts.
/// </summary>
/// <remarks>
/// Exactly one of <see cref="Value"/>, <see cref="Text"/> and <see cref="Date"/> is set. Numbers are held in their base
/// quantity (money in yuan, rates as ratios); <see cref="Unit"/> only says how to show them. Immutable and thread-safe.
/// </remarks>
public sealed record ScoringInput
{
    /// <summary>Creates an input. Prefer <see cref="Of"/>, <see cref="OfText"/> or <see cref="OfDate"/>.</summary>
    /// <param name="label">What the input is, e.g. 预算收入 / budgeted revenue.</param>
    /// <param name="value">A numeric value in its base quantity, or <see langword="null"/>.</param>
    /// <param name="text">A text value (e.g. 二等奖), or <see langword="null"/>.</param>
    /// <param name="date">A date value, or <see langword="null"/>.</param>
    /// <param name="unit">How a numeric value is shown.</param>
    /// <param name="sourceFact">The fact type the value came from, e.g. <c>BudgetExecution</c>; null for a value an evaluator stated.</param>
    /// <param name="sourceField">The field of that fact, e.g. <c>ActualExpenditure</c>.</param>
    /// <exception cref="ArgumentException">Not exactly one of value, text and date is given.</exception>
    public ScoringInput(
        LocalizedText label,
        decimal? value,
        string? text,
        DateOnly? date,
        ValueUnit unit,
        string? sourceFact,
        string? sourceField)
    {
        ArgumentNullException.ThrowIfNull(label);
        var given = (value is null ? 0 : 1) + (text is null ? 0 : 1) + (date is null ? 0 : 1);
        if (given != 1)
        {
            throw new ArgumentException(
                $"The input '{label.Chinese}' must have exactly one of a number, a text and a date; it has {given}.",
                nameof(value));
        }

        Label = label;
        Value = value;
        Text = text;
        Date = date;
        Unit = unit;
        SourceFact = sourceFact;
        SourceField = sourceField;
    }

    /// <summary>What the input is, e.g. 预算收入 / budgeted revenue.</summary>
    public LocalizedText Label { get; }

    /// <summary>The numeric value in its base quantity (yuan, ratio, count), or <see langword="null"/>.</summary>
    public decimal? Value { get; }

    /// <summary>The text value, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The date value, or <see langword="null"/>.</summary>
    public DateOnly? Date { get; }

    /// <summary>How a numeric value is shown (元, 万元, %, 天, 项 …).</summary>
    public ValueUnit Unit { get; }

    /// <summary>The fact type the value came from, e.g. <c>BudgetExecution</c>, or <see langword="null"/>.</summary>
    public string? SourceFact { get; }

    /// <summary>The field of <see cref="SourceFact"/> the value came from, or <see langword="null"/>.</summary>
    public string? SourceField { get; }

    /// <summary>A numeric input.</summary>
    /// <param name="label">What the input is.</param>
    /// <param name="value">The value in its base quantity: yuan for money (also for <see cref="ValueUnit.WanYuan"/>), a ratio for a rate.</param>
    /// <param name="unit">How to show it.</param>
    /// <param name="sourceFact">The fact type it came from.</param>
    /// <param name="sourceField">The field of that fact.</param>
    /// <returns>The input.</returns>
    public static ScoringInput Of(LocalizedText label, decimal value, ValueUnit unit, string? sourceFact = null, string? sourceField = null) =>
        new(label, value, null, null, unit, sourceFact, sourceField);

    /// <summary>A text input, e.g. an assessment tier 二等奖.</summary>
    /// <param name="label">What the input is.</param>
    /// <param name="text">The text.</param>
    /// <param name="sourceFact">The fact type it came from.</param>
    /// <param name="sourceField">The field of that fact.</param>
    /// <returns>The input.</returns>
    public static ScoringInput OfText(LocalizedText label, string text, string? sourceFact = null, string? sourceField = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(label, null, text, null, ValueUnit.None, sourceFact, sourceField);
    }

    /// <summary>A date input, e.g. an approval or publication date.</summary>
    /// <param name="label">What the input is.</param>
    /// <param name="date">The date.</param>
    /// <param name="sourceFact">The fact type it came from.</param>
    /// <param name="sourceField">The field of that fact.</param>
    /// <returns>The input.</returns>
    public static ScoringInput OfDate(LocalizedText label, DateOnly date, string? sourceFact = null, string? sourceField = null) =>
        new(label, null, null, date, ValueUnit.None, sourceFact, sourceField);

    /// <summary>The value as it appears inside arithmetic, without its unit: "1030.36" (Chinese) or "10.3036" (English) for 万元.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The value as text.</returns>
    public string FormatNumber(Language language = Language.Chinese) =>
        Value is { } value ? ReportFormat.NumberIn(value, Unit, language) : FormatValue(language);

    /// <summary>The value with its unit: "1030.36万元" / "10.3036 million yuan", "2023年4月30日" / "2023-04-30", "二等奖".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The value as text.</returns>
    public string FormatValue(Language language = Language.Chinese) =>
        Value is { } value ? ReportFormat.Quantity(value, Unit, language)
        : Date is { } date ? ReportFormat.Date(date, language)
        : Text!;

    /// <summary>The label and value as a note states them: "预算收入1030.36万元" / "budgeted revenue 10.3036 million yuan".</summary>
    /// <returns>The text in both languages.</returns>
    public LocalizedText Describe()
    {
        return new(new DescriptionText(this));
    }

    /// <summary>Appends what <see cref="FormatNumber"/> returns.</summary>
    internal StringBuilder AppendNumber(StringBuilder builder, Language language) =>
        Value is { } value ? ReportFormat.AppendNumberIn(builder, value, Unit, language) : AppendValue(builder, language);

    /// <summary>Appends what <see cref="FormatValue"/> returns.</summary>
    internal StringBuilder AppendValue(StringBuilder builder, Language language) =>
        Value is { } value ? ReportFormat.AppendQuantity(builder, value, Unit, language)
        : Date is { } date ? builder.Append(ReportFormat.Date(date, language))
        : builder.Append(Text);

    /// <summary>Appends one language of <see cref="Describe"/>.</summary>
    internal StringBuilder AppendDescription(StringBuilder builder, Language language) =>
        language == Language.Chinese
            ? AppendValue(Label.AppendTo(builder, language), language)
            : AppendValue(Label.AppendTo(builder, language).Append(' '), language);

    private sealed class DescriptionText(ScoringInput input) : ComposedText
    {
        public override StringBuilder Append(StringBuilder builder, Language language) => input.AppendDescription(builder, language);

        public override bool HasSameInputs(DeferredEnglish other) => other is DescriptionText description && input.Equals(description.Input);

        private ScoringInput Input => input;
    }
}
