using System.Globalization;
using PerfRules.Explanations;

namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>
/// The result of evaluating a formula (<see cref="Formula.Evaluate"/>): a decimal, true/false, text or a date; or
/// <see cref="FormulaValueKind.Missing"/> with the fact or field that is missing; or
/// <see cref="FormulaValueKind.Error"/> with what could not be computed and where in the formula.
/// </summary>
/// <remarks>Immutable and thread-safe. Two values are equal when they have the same kind and payload (1.0 equals 1).</remarks>
public sealed class FormulaValue : IEquatable<FormulaValue>
{
    private static readonly FormulaValue TrueValue = new(FormulaValueKind.Boolean, 1m, default, null);
    private static readonly FormulaValue FalseValue = new(FormulaValueKind.Boolean, 0m, default, null);

    private readonly decimal _number;
    private readonly DateOnly _date;
    private readonly object? _reference;

    private FormulaValue(FormulaValueKind kind, decimal number, DateOnly date, object? reference)
    {
        Kind = kind;
        _number = number;
        _date = date;
        _reference = reference;
    }

    /// <summary>What the value holds.</summary>
    public FormulaValueKind Kind { get; }

    /// <summary>Whether there is a value: neither <see cref="FormulaValueKind.Missing"/> nor <see cref="FormulaValueKind.Error"/>.</summary>
    public bool HasValue => Kind is not (FormulaValueKind.Missing or FormulaValueKind.Error);

    /// <summary>What is missing, when <see cref="Kind"/> is <see cref="FormulaValueKind.Missing"/>; otherwise null.</summary>
    public MissingData? Missing => _reference as MissingData;

    /// <summary>What could not be computed, when <see cref="Kind"/> is <see cref="FormulaValueKind.Error"/>; otherwise null.</summary>
    public FormulaError? Error => _reference as FormulaError;

    /// <summary>The decimal value.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidOperationException">The value is not a decimal (the message says what it is instead).</exception>
    public decimal AsDecimal() => Kind == FormulaValueKind.Decimal ? _number : throw WrongKind(FormulaValueKind.Decimal);

    /// <summary>The true/false value.</summary>
    /// <returns>The truth value.</returns>
    /// <exception cref="InvalidOperationException">The value is not true/false.</exception>
    public bool AsBoolean() => Kind == FormulaValueKind.Boolean ? _number != 0m : throw WrongKind(FormulaValueKind.Boolean);

    /// <summary>The text value.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">The value is not text.</exception>
    public string AsString() => Kind == FormulaValueKind.String ? (string)_reference! : throw WrongKind(FormulaValueKind.String);

    /// <summary>The date value.</summary>
    /// <returns>The date.</returns>
    /// <exception cref="InvalidOperationException">The value is not a date.</exception>
    public DateOnly AsDate() => Kind == FormulaValueKind.Date ? _date : throw WrongKind(FormulaValueKind.Date);

    /// <inheritdoc />
    public bool Equals(FormulaValue? other) =>
        other is not null
        && other.Kind == Kind
        && other._number == _number
        && other._date == _date
        && Equals(other._reference, _reference);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FormulaValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _number, _date, _reference);

    /// <summary>The value as a formula would write it (<c>0.5</c>, <c>true</c>, <c>"Budget"</c>, <c>date("2023-04-30")</c>), or the reason it is missing or in error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        FormulaValueKind.Decimal => ReportFormat.Number(_number),
        FormulaValueKind.Boolean => _number != 0m ? "true" : "false",
        FormulaValueKind.String => "\"" + (string)_reference! + "\"",
        FormulaValueKind.Date => $"date(\"{_date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\")",
        FormulaValueKind.Missing => "missing: " + Missing!.Reason.Get(Results.Language.English),
        _ => "error: " + Error!.Describe(Results.Language.English),
    };

    internal static FormulaValue Of(decimal value) => new(FormulaValueKind.Decimal, value, default, null);

    internal static FormulaValue Of(bool value) => value ? TrueValue : FalseValue;

    internal static FormulaValue Of(string value) => new(FormulaValueKind.String, 0m, default, value);

    internal static FormulaValue Of(DateOnly value) => new(FormulaValueKind.Date, 0m, value, null);

    internal static FormulaValue Of(MissingData missing) => new(FormulaValueKind.Missing, 0m, default, missing);

    internal static FormulaValue Of(FormulaError error) => new(FormulaValueKind.Error, 0m, default, error);

    /// <summary>The payload without boxing checks, for the evaluator, which knows the kind from the type check.</summary>
    internal decimal Number => _number;

    internal DateOnly Date => _date;

    internal string Text => (string)_reference!;

    internal bool Truth => _number != 0m;

    private InvalidOperationException WrongKind(FormulaValueKind wanted) =>
        new($"The formula value is {Describe()}, not a {wanted}.");

    private string Describe() => Kind switch
    {
        FormulaValueKind.Missing => "missing (" + Missing!.Reason.Get(Results.Language.English) + ")",
        FormulaValueKind.Error => "an error (" + Error!.Describe(Results.Language.English) + ")",
        _ => $"the {Kind} {this}",
    };
}
