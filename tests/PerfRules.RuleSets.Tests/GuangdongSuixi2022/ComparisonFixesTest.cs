using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>
/// What comparing the C# rules with the JSON document found and fixed (docs/rulesets/guangdong-suixi-2022.md, Part VII):
/// zero denominators name the facts at fault, answers for judged indicators without a checklist are bad input, and
/// rounding leaves exact losses alone.
/// </summary>
public sealed class ComparisonFixesTest
{
    private static string Kinds(IndicatorResult result) => string.Join(", ", result.Problems.Select(p => $"{p.FactType}.{p.Field}").Distinct());

    [Fact]
    public void Transfer_payments_adding_up_to_0_are_bad_amounts_in_1_1_2_and_2_1_5()
    {
        TransferPayment Zero(TransferPaymentKind kind) => new("就业补助资金", 0m, kind, new DateOnly(2021, 11, 1), new DateOnly(2021, 10, 1));
        object[] answers = [new ChecklistAnswer("1.1.2", "1", true), new ChecklistAnswer("1.1.2", "2", true)];
        var scope = new TransferPaymentScope(true);

        var conformity = RuleHarness.Score(new BudgetPreparationConformity(), [scope, Zero(TransferPaymentKind.General), .. answers]);
        var legality = RuleHarness.Score(new FundIssuingLegality(), [scope, Zero(TransferPaymentKind.Special), new SubordinateBudgetApproval(15, true, true, StatedOnTime: true)]);

        Assert.Equal((IndicatorOutcome.Error, "TransferPayment.Amount"), (conformity.Outcome, Kinds(conformity)));
        Assert.Equal((IndicatorOutcome.Error, "TransferPayment.Amount"), (legality.Outcome, Kinds(legality)));
    }

    [Fact]
    public void No_funds_available_is_the_budgets_fault_in_2_1_2()
    {
        var budget = new BudgetExecution(1m, 1m, 0m, 0m, 0m, 0m, 0m, 0m);

        var result = RuleHarness.Score(new ExpenditureCompletionRate(), [budget, new TransferPaymentScope(true), new SubordinateBudgetApproval(15, true, true, StatedOnTime: true)]);

        Assert.Equal((IndicatorOutcome.Error, "BudgetExecution.*"), (result.Outcome, Kinds(result)));
    }

    [Fact]
    public void A_budget_line_of_0_with_a_final_figure_is_the_lines_fault_in_1_1_3()
    {
        var budget = new BudgetExecution(10_303_600m, 15_188_214.45m, 0m, 0m, 0m, 0m, 0m, 0m);

        var result = RuleHarness.Score(new BudgetPreparationAccuracy(), [budget, new BudgetLineItem("机关运行经费", 0m, null, 797_800m)]);

        Assert.Equal((IndicatorOutcome.Error, "BudgetLineItem.*"), (result.Outcome, Kinds(result)));
    }

    [Fact]
    public void An_answer_for_3_2_1_or_4_4_2_is_bad_input_as_for_every_judged_indicator_without_a_checklist()
    {
        var organization = RuleHarness.Score(new SelfEvaluationOrganization(),
            [new SelfEvaluationGroup(new DateOnly(2023, 4, 20), 4, true, true, true), new ChecklistAnswer("3.2.1", "1", true)]);
        var satisfaction = RuleHarness.Score(new PublicSatisfaction(),
            [new ExternalAssessment("乡村振兴战略实绩考核", 87.5m), new ChecklistAnswer("4.4.2", "1", true)]);

        Assert.Equal((IndicatorOutcome.Error, "ChecklistAnswer.Item"), (organization.Outcome, Kinds(organization)));
        Assert.Equal((IndicatorOutcome.Error, "ChecklistAnswer.Item"), (satisfaction.Outcome, Kinds(satisfaction)));
    }

    [Fact]
    public void A_part_of_4_2_2_that_lost_an_exact_point_keeps_it_when_the_other_absorbs_the_rounding()
    {
        // Department targets 9 of 16: 2 × 9/16 = 1.125 (loses 0.875); project targets 1 of 2: 1 (loses exactly 1).
        // The score 2.125 rounds to 2.13, so 1.87 is lost: 0.87 and 1, not 0.88 and 0.99.
        var result = RuleHarness.Score(new TargetAchievementEfficiency(),
            [new TargetAchievement(TargetScope.Department, 16, 9), new TargetAchievement(TargetScope.Project, 2, 1)]);

        Assert.Equal(2.13m, result.Score);
        Assert.Equal([0.87m, 1m], result.Deductions.Select(d => d.Points));
    }

    [Fact]
    public void A_quoted_sentence_loses_its_final_punctuation_in_both_languages()
    {
        var disclosure = new Disclosure(DisclosureKind.SelfEvaluation, new DateOnly(2023, 4, 1), null, new DateOnly(2023, 4, 20), Deadline: new DateOnly(2023, 4, 30));

        var result = RuleHarness.Score(new SelfEvaluationDisclosure(), [disclosure, new ChecklistAnswer("3.1.3", "content", false, "资料不全；")]);

        Assert.Equal("公开内容未达到真实、完整、规范或范围要求：资料不全，扣1分", result.Note.Chinese);
        Assert.Equal("the content falls short of being true, complete, accurate or in scope: 资料不全, 1 point deducted", result.Note.Get(Language.English));
    }
}
