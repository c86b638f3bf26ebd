using PerfRules.Facts;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;
using PerfRules.Tests.Support;

namespace PerfRules.Tests.Formulas;

/// <summary>Shortcuts for the formula tests: parse against the built-in schema, evaluate over facts, and read errors.</summary>
internal static class FormulaAssert
{
    public static FormulaSchema Schema => FormulaSchema.BuiltInFacts;

    public static FormulaValue Evaluate(string text, IEnumerable<object> facts, IWorkingDayCalendar? calendar = null) =>
        Formula.Parse(text, Schema).Evaluate(new FormulaScope(facts, calendar));

    public static FormulaValue EvaluateOverSuixi(string text, IWorkingDayCalendar? calendar = null) => Evaluate(text, Suixi.Facts, calendar);

    public static decimal Decimal(string text, params object[] facts) => Evaluate(text, facts).AsDecimal();

    public static bool Boolean(string text, params object[] facts) => Evaluate(text, facts).AsBoolean();

    /// <summary>The single error of a formula that must fail to parse.</summary>
    public static FormulaError SingleError(string text)
    {
        Assert.False(Formula.TryParse(text, Schema, out var formula, out var errors));
        Assert.Null(formula);
        return Assert.Single(errors);
    }

    /// <summary>All the errors of a formula that must fail to parse.</summary>
    public static IReadOnlyList<FormulaError> Errors(string text)
    {
        Assert.False(Formula.TryParse(text, Schema, out _, out var errors));
        Assert.NotEmpty(errors);
        return errors;
    }

    public static IFact[] WithoutType<T>() => [.. Suixi.Facts.Where(f => f is not T)];
}
