using PerfRules.Facts;
using PerfRules.RuleSetFormat.Formulas;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary><c>addDays(date, n)</c>, a due date counted from an event, and <c>sum(T where c, value)</c>, the sum of a value computed for each fact.</summary>
public sealed class FormulaDatesAndSumsTest
{
    [Fact]
    public void AddDays_counts_calendar_days_from_the_date()
    {
        var value = Evaluate("addDays(date('2022-04-18'), 20)", []);

        Assert.Equal(new DateOnly(2022, 5, 8), value.AsDate());
        Assert.Equal(new DateOnly(2022, 4, 8), Evaluate("addDays(date('2022-04-18'), -10)", []).AsDate());
        Assert.Equal(25m, Decimal("days(addDays(SelfEvaluationSubmission.Deadline, 5), date('2023-05-23'))", new SelfEvaluationSubmission(new DateOnly(2023, 4, 23), null)));
    }

    [Fact]
    public void AddDays_needs_a_whole_number_of_days_and_reads_an_empty_date_as_missing()
    {
        Assert.Equal(FormulaValueKind.Error, Evaluate("addDays(date('2022-04-18'), 1.5)", []).Kind);
        Assert.Equal(("SelfEvaluationSubmission", "SubmittedOn"), (Evaluate("addDays(SelfEvaluationSubmission.SubmittedOn, 1)", [new SelfEvaluationSubmission(new DateOnly(2023, 4, 23), null)]).Missing!.FactType, "SubmittedOn"));
        Assert.Contains("addDays", SingleError("addDays(1, 2)").Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_of_a_value_per_fact_reads_each_facts_fields()
    {
        object[] facts = [new ExternalAssessment("甲", 45m, FullMark: 50m), new ExternalAssessment("乙", null, "二等奖", 85m)];

        Assert.Equal(175m, Decimal("sum(ExternalAssessment, ifnull(Score * 100 / FullMark, 85))", facts));
        Assert.Equal(90m, Decimal("sum(ExternalAssessment where Score != null, Score * 100 / FullMark)", facts));
        Assert.Equal(0m, Decimal("sum(ExternalAssessment where Name == '丙', Score)", facts));
    }

    [Fact]
    public void Sum_of_a_value_per_fact_is_missing_when_a_value_is_and_checks_its_type()
    {
        object[] facts = [new ExternalAssessment("甲", 45m), new ExternalAssessment("乙", null, "二等奖")];

        Assert.Equal(("ExternalAssessment", "Score"), (Evaluate("sum(ExternalAssessment, Score)", facts).Missing!.FactType, Evaluate("sum(ExternalAssessment, Score)", facts).Missing!.Field));
        Assert.Contains("argument 2 of sum", SingleError("sum(ExternalAssessment, Name)").Message.English, StringComparison.Ordinal);
        Assert.NotEmpty(Errors("sum(ExternalAssessment.Score, Score)"));
    }
}
