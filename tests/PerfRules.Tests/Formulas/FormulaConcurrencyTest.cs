using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;
using PerfRules.Tests.Support;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>One parsed formula evaluated from many threads at once gives the same results as one thread.</summary>
public sealed class FormulaConcurrencyTest
{
    [Fact]
    public void A_formula_and_a_scope_can_be_shared_between_threads()
    {
        var formula = Formula.Parse(
            "count(Disclosure where PublishedOn != null and any(EvaluatorFinding where Points > 0)) "
            + "+ workdays(one(Disclosure where Kind == \"Budget\").ApprovedOn, one(Disclosure.PublishedOn where Kind == \"Budget\")) "
            + "+ sum(EvaluatorFinding.Points)",
            Schema);
        var scope = new FormulaScope(Suixi.Facts, WeekendCalendar.Default);
        var expected = formula.Evaluate(scope);

        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => formula.Evaluate(i % 2 == 0 ? scope : new FormulaScope(Suixi.Facts, WeekendCalendar.Default)))
            .ToList();

        Assert.Equal(14.5m, expected.AsDecimal());
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
