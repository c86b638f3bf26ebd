using PerfRules.Tests.Support;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>The examples of docs/formulas.md that other test classes do not already pin.</summary>
public sealed class FormulaDocumentationExamplesTest
{
    [Theory]
    [InlineData("abs(797800 - 208800)", "589000")]
    [InlineData("round(0.99354578 * 100, 2)", "99.35")]
    [InlineData("round(2.125, 2)", "2.13")]
    [InlineData("round(-2.125, 2)", "-2.13")]
    [InlineData("round(2.5)", "3")]
    [InlineData("floor(0.4741 / 5%)", "9")]
    [InlineData("ceiling(0.4741 / 5%)", "10")]
    [InlineData("max(0, 6 - 0.5)", "5.5")]
    [InlineData("min(3, 9 * 0.5)", "3")]
    [InlineData("days(date(\"2022-04-18\"), date(\"2022-04-29\"))", "11")]
    [InlineData("if(219686 > 0, 0, 2)", "0")]
    public void Function_examples(string text, string expected)
    {
        Assert.Equal(Dec.Parse(expected), Decimal(text));
    }

    [Fact]
    public void A_due_date_and_a_sum_over_each_fact_on_the_suixi_facts()
    {
        Assert.Equal(new DateOnly(2022, 5, 8), EvaluateOverSuixi("addDays(one(Disclosure where Kind == \"Budget\").ApprovedOn, 20)").AsDate());
        Assert.Equal(1.725m, EvaluateOverSuixi("sum(ExternalAssessment, ifnull(Score * 100 / FullMark, 85) / 100)").AsDecimal());
    }

    [Fact]
    public void Decimal_arithmetic_is_exact()
    {
        Assert.True(Boolean("0.1 + 0.2 == 0.3"));
    }

    [Fact]
    public void Min_and_max_of_dates()
    {
        Assert.Equal(new DateOnly(2023, 4, 30), Evaluate("min(date(\"2023-05-05\"), date(\"2023-04-30\"))", []).AsDate());
        Assert.Equal(new DateOnly(2023, 5, 5), Evaluate("max(date(\"2023-05-05\"), date(\"2023-04-30\"))", []).AsDate());
    }

    [Fact]
    public void Self_evaluation_3_1_3_short_form_scores_1()
    {
        Assert.Equal(1m, EvaluateOverSuixi("if(one(Disclosure where Kind == \"SelfEvaluation\").PublishedOn <= date(\"2023-04-30\"), 2, 1)").AsDecimal());
    }

    [Fact]
    public void Single_quotes_inside_a_JSON_string_need_no_escaping()
    {
        var json = System.Text.Json.JsonDocument.Parse("{ \"metric\": \"count(EvaluatorFinding where IndicatorCode == '2.1.7')\" }");
        var text = json.RootElement.GetProperty("metric").GetString()!;

        Assert.Equal(1m, EvaluateOverSuixi(text).AsDecimal());
    }
}
