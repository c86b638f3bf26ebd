using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>3.1.1 预决算: both within 20 calendar days of approval and no inspection problem → 3; one problem → 2; two → 1; open → 0.</summary>
public sealed class BudgetAndFinalAccountsDisclosureTest
{
    private static readonly DateOnly BudgetApproved = new(2022, 4, 18);
    private static readonly DateOnly FinalApproved = new(2023, 9, 4);

    private static Disclosure Budget(DateOnly? published, DisclosureInspection inspection = DisclosureInspection.NoProblem) =>
        new(DisclosureKind.Budget, BudgetApproved, "遂财预〔2022〕3号", published, DayLimit: 20, Inspection: inspection);

    private static Disclosure Final(DateOnly? published, DisclosureInspection inspection = DisclosureInspection.NoProblem) =>
        new(DisclosureKind.FinalAccounts, FinalApproved, "遂财库〔2023〕6号", published, DayLimit: 20, Inspection: inspection);

    private static Disclosure OnTimeFinal => Final(new DateOnly(2023, 9, 15));

    [Fact]
    public void Published_exactly_20_days_after_approval_is_on_time()
    {
        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(), [Budget(new DateOnly(2022, 5, 8)), OnTimeFinal]);

        Assert.Equal(3m, result.Score);
        Assert.Contains("2022年5月8日前", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_21_days_after_approval_is_late_a_problem_in_one_disclosure_and_scores_2()
    {
        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(), [Budget(new DateOnly(2022, 5, 9)), OnTimeFinal]);

        Assert.Equal(2m, result.Score);
        var deduction = Assert.Single(result.Deductions);
        Assert.Equal(DeductionKind.Computed, deduction.Kind);
        Assert.Contains("逾期1天", deduction.Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrected_inspection_problem_in_each_disclosure_scores_1()
    {
        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(),
            [Budget(new DateOnly(2022, 4, 29), DisclosureInspection.ProblemCorrected), Final(new DateOnly(2023, 9, 15), DisclosureInspection.ProblemCorrected)]);

        Assert.Equal(1m, result.Score);
        Assert.Equal(2m, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void A_problem_still_open_at_year_end_scores_0()
    {
        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(),
            [Budget(new DateOnly(2022, 4, 29), DisclosureInspection.ProblemOpen), OnTimeFinal]);

        Assert.Equal(0m, result.Score);
        Assert.Equal(3m, Assert.Single(result.Deductions).Points);
    }

    [Fact]
    public void A_disclosure_never_published_scores_0()
    {
        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(), [Budget(new DateOnly(2022, 4, 29)), Final(null, DisclosureInspection.NotInspected)]);

        Assert.Equal(0m, result.Score);
        Assert.Contains("决算未公开", result.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_publication_date_before_the_approval_is_an_error_naming_the_field_and_indicator()
    {
        var facts = SuixiGolden.Facts().Where(f => f is not Disclosure { Kind: DisclosureKind.FinalAccounts }).Append(SuixiGolden.PrintedFinalAccountsDisclosure());

        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(), facts);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Null(result.Score);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((nameof(Disclosure), nameof(Disclosure.PublishedOn), "3.1.1"), (problem.FactType, problem.Field, problem.IndicatorCode));
        Assert.Contains("2022年9月15日", problem.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_inspection_result_is_missing_data()
    {
        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(), [Budget(new DateOnly(2022, 4, 29), DisclosureInspection.NotInspected), OnTimeFinal]);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(Disclosure.Inspection));
    }

    [Fact]
    public void No_final_accounts_disclosure_is_missing_data()
    {
        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(), [Budget(new DateOnly(2022, 4, 29))]);

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(Disclosure) && p.Message.Chinese.Contains("决算", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_budget_disclosures_are_an_error()
    {
        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(), [Budget(new DateOnly(2022, 4, 29)), Budget(new DateOnly(2022, 4, 30)), OnTimeFinal]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void A_time_limit_other_than_the_budget_laws_20_days_is_an_error()
    {
        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(), [Budget(new DateOnly(2022, 4, 29)) with { DayLimit = 15 }, OnTimeFinal]);

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(Disclosure.DayLimit));
    }

    [Fact]
    public void Golden_facts_with_the_corrected_date_give_the_verified_3()
    {
        var result = RuleHarness.Score(new BudgetAndFinalAccountsDisclosure(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("3.1.1"), result.Score);
        Assert.Contains("2022年4月18日批复（遂财预〔2022〕3号），2022年4月29日公开", result.Note.Chinese, StringComparison.Ordinal);
        Assert.Contains("2023年9月4日批复（遂财库〔2023〕6号），2023年9月15日公开", result.Note.Chinese, StringComparison.Ordinal);
    }
}
