namespace PerfRules.Cli.Tests;

/// <summary><c>perfrules whatif</c>: change a fact's field and see what changes.</summary>
public sealed class WhatIfCommandTest
{
    [Theory]
    [InlineData("BudgetExecution.ActualExpenditure=15737285.38")]
    [InlineData("actualExpenditure=15737285.38")]
    public void Full_expenditure_lifts_2_1_2_from_4_5_to_6_and_the_total_to_82_31(string set)
    {
        var run = Tool.Run("whatif", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--set", set);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.Split('\n');
        Assert.Contains("  BudgetExecution.ActualExpenditure: 15635713.52 → 15737285.38", lines);
        Assert.Contains("  2.1.2 支出完成率: 4.5 → 6 (+1.5)", lines);
        Assert.Contains("  2.1 支出管理: 17.5 → 19 (+1.5)", lines);
        Assert.Contains(lines, l => l.StartsWith("      评分说明：1. 年度实际支出15737285.38元", StringComparison.Ordinal) && l.Contains("=100.00%，得4分", StringComparison.Ordinal));
        Assert.Contains("总分：80.81 良 → 82.31 良 (+1.5)", lines);
    }

    [Fact]
    public void Several_sets_on_several_facts_combine()
    {
        var run = Tool.Run(
            "whatif", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--lang", "en",
            "--set", "BudgetExecution.ActualExpenditure=15737285.38",
            "--set", "Procurement.Planned=219686");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  2.1.2 Expenditure completion rate: 4.5 → 6 (+1.5)", run.Out);
        Assert.Contains("  2.1.6 Government procurement execution rate: 0 → 2 (+2)", run.Out);
        Assert.Contains("Total: 80.81 Good → 84.31 Good (+3.5)", run.Out);
    }

    [Fact]
    public void Field_on_several_fact_types_asks_for_the_type()
    {
        var run = Tool.Run("whatif", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--set", "score=3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("have a field 'score' (ExternalAssessment, SelfAssessedScore); write Type.Field=value.", run.Error);
    }

    [Fact]
    public void Type_with_several_facts_names_them()
    {
        var run = Tool.Run("whatif", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--set", "Disclosure.PublishedOn=2023-01-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"holds 4 Disclosure facts \(\$\.facts\[\d+\], \$\.facts\[\d+\], \$\.facts\[\d+\], \$\.facts\[\d+\]\); --set changes the single fact of a type", run.Error);
    }

    [Theory]
    [InlineData("BudgetExecution.Spent=1", "BudgetExecution has no field 'Spent'; its fields are: ")]
    [InlineData("Budget.ActualExpenditure=1", "unknown fact type 'Budget'; the fact types are: ")]
    [InlineData("BudgetExecution.ActualExpenditure=lots", "ActualExpenditure takes a number")]
    [InlineData("ActualExpenditure", "expected Type.Field=value or field=value")]
    [InlineData("TransferPayment.Amount=1", "holds no TransferPayment fact to change")]
    public void Bad_set_exits_2_saying_why(string set, string message)
    {
        var run = Tool.Run("whatif", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--set", set);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Equal(string.Empty, run.Out);
    }
}
