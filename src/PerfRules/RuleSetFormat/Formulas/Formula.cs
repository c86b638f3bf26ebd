using System.Diagnostics.CodeAnalysis;
using PerfRules.RuleSetFormat.Formulas.Compilation;
using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>
/// A formula of a declarative rule set (公式): an indicator's metric or condition written by a finance analyst over
/// fact fields, e.g. <c>BudgetExecution.ActualExpenditure / (BudgetExecution.BudgetIssuedByFinance + BudgetExecution.OpeningFiscalCarryOver)</c>.
/// The language (docs/formulas.md) has decimal arithmetic, comparisons, and/or/not, a few functions, and aggregates over
/// fact lists; it cannot call methods, reflect, touch files or the network, or loop without bound.
/// </summary>
/// <remarks>
/// A formula is parsed, checked against a <see cref="FormulaSchema"/> and compiled once; evaluating it never parses or
/// reflects. Immutable and thread-safe: one instance may be evaluated from many threads at once.
/// </remarks>
public sealed class Formula
{
    /// <summary>The longest formula, in characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>How deep a formula may nest: parentheses, function calls and operators within one another.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most parts (numbers, names, operators, calls) a formula may have.</summary>
    public const int MaxNodes = 256;

    private readonly Evaluator _root;

    private Formula(string text, SyntaxNode syntax, CompiledFormula compiled)
    {
        Text = text;
        Syntax = syntax;
        _root = compiled.Root!;
        ResultType = compiled.ResultType;
        References = compiled.References;
        RequiresCalendar = compiled.RequiresCalendar;
    }

    /// <summary>The formula as written.</summary>
    public string Text { get; }

    /// <summary>The type of the formula's value: a decimal metric, a true/false condition, text or a date.</summary>
    public FormulaType ResultType { get; }

    /// <summary>The fact types and fields the formula reads, in ordinal order, without duplicates (for linting a rule set).</summary>
    public IReadOnlyList<FormulaReference> References { get; }

    /// <summary>Whether the formula counts working days, so its scope needs a working-day calendar (<see cref="FormulaScope.Calendar"/>).</summary>
    public bool RequiresCalendar { get; }

    internal SyntaxNode Syntax { get; }

    /// <summary>Parses, checks and compiles a formula.</summary>
    /// <param name="text">The formula.</param>
    /// <param name="schema">The fact types and fields it may read.</param>
    /// <returns>The compiled formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="FormulaException">The text is malformed, wrong for the schema, or too large; the exception locates every error.</exception>
    public static Formula Parse(string text, FormulaSchema schema) =>
        TryParse(text, schema, out var formula, out var errors) ? formula : throw new FormulaException(errors);

    /// <summary>Parses, checks and compiles a formula, reporting errors instead of throwing.</summary>
    /// <param name="text">The formula.</param>
    /// <param name="schema">The fact types and fields it may read.</param>
    /// <param name="formula">The compiled formula, or null when there are errors.</param>
    /// <param name="errors">
    /// The errors, in the order of their positions: the first syntax or limit error (parsing stops there), or every
    /// check error; empty on success.
    /// </param>
    /// <returns>Whether the formula is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="schema"/> is null.</exception>
    public static bool TryParse(string text, FormulaSchema schema, [NotNullWhen(true)] out Formula? formula, out IReadOnlyList<FormulaError> errors) =>
        TryParseForEach(text, schema, null, out formula, out errors);

    /// <summary>
    /// Parses a formula evaluated for one fact at a time (a template's loop, a deduction per fact): with
    /// <paramref name="itemType"/>, bare names are fields of that fact type, as in a <c>where</c> condition.
    /// </summary>
    internal static bool TryParseForEach(string text, FormulaSchema schema, string? itemType, [NotNullWhen(true)] out Formula? formula, out IReadOnlyList<FormulaError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(schema);
        formula = null;
        FactTypeInfo? item = null;
        if (itemType is not null && !schema.TryGetFactType(itemType, out item))
        {
            throw new ArgumentException($"The schema has no fact type {itemType}.", nameof(itemType));
        }

        SyntaxNode syntax;
        try
        {
            syntax = Parser.Parse(text);
        }
        catch (SyntaxErrorException e)
        {
            errors = [e.Error];
            return false;
        }

        var compiled = FormulaCompiler.Compile(text, syntax, schema, item);
        errors = compiled.Errors;
        if (errors.Count > 0)
        {
            return false;
        }

        formula = new Formula(text, syntax, compiled);
        return true;
    }

    /// <summary>Computes the formula from the facts in <paramref name="scope"/>.</summary>
    /// <param name="scope">The facts and the working-day calendar.</param>
    /// <returns>
    /// A value of <see cref="ResultType"/>; or <see cref="FormulaValueKind.Missing"/> naming the absent fact or empty
    /// field; or <see cref="FormulaValueKind.Error"/> locating what could not be computed (a zero divisor, several facts
    /// where one is read). Bad data never throws.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public FormulaValue Evaluate(FormulaScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return _root(new EvaluationContext(scope));
    }

    /// <summary>Computes a formula parsed for one fact at a time (<see cref="TryParseForEach"/>) for <paramref name="item"/>.</summary>
    internal FormulaValue EvaluateFor(FormulaScope scope, object? item) => _root(new EvaluationContext(scope) { Item = item });

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The formula as written.</returns>
    public override string ToString() => Text;
}
