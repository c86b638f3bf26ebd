using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Tests.Support;

namespace PerfRules.Tests.Facts;

/// <summary>Each fact names the field that cannot be right, in Chinese and English.</summary>
public sealed class FactValidationTest
{
    private static FactProblem Only(IFact fact) => Assert.Single(fact.Validate());

    [Fact]
    public void A_negative_budget_figure_is_a_problem_naming_the_fact_and_field()
    {
        var problem = Only(Suixi.Budget with { ActualExpenditure = -1m });

        Assert.Equal("BudgetExecution", problem.FactType);
        Assert.Equal("ActualExpenditure", problem.Field);
        Assert.Equal("年度实际支出不能为负数（-1）", problem.Message.Chinese);
        Assert.Equal("ActualExpenditure must not be negative (-1)", problem.Message.English);
    }

    [Fact]
    public void Every_negative_figure_is_reported_at_once()
    {
        var problems = new BudgetExecution(-1m, -1m, -1m, -1m, -1m, -1m, -1m, -1m).Validate();
        Assert.Equal(8, problems.Count);
    }

    public static TheoryData<IFact, string, string> NegativeAmounts => new()
    {
        { new BudgetLineItem("机关运行经费", -1m, null, 1m), "BudgetLineItem", "Budget" },
        { new BudgetLineItem("机关运行经费", 1m, -1m, 1m), "BudgetLineItem", "AdjustedBudget" },
        { new OperatingExpenses(208_800m, null, -1m), "OperatingExpenses", "Final" },
        { new Procurement(-1m, 0m), "Procurement", "Planned" },
        { new TransferPayment("就业补助资金", -1m, TransferPaymentKind.Special, null, null), "TransferPayment", "Amount" },
        { new IdleTreasuryFunds(2022, -1m), "IdleTreasuryFunds", "Amount" },
        { new FixedAssets(-1m, 0m), "FixedAssets", "OriginalValue" },
        { new ThreePublicExpenses(-1m, 0m), "ThreePublicExpenses", "Budget" },
        { new ExternalAssessment("乡村振兴战略实绩考核", -1m), "ExternalAssessment", "Score" },
        { new SelfAssessedScore("2.1.2", -1m), "SelfAssessedScore", "Score" },
        { new PetitionHandling(true, -1, 0), "PetitionHandling", "Cases" },
        { new ProjectTimeliness(-1, 0), "ProjectTimeliness", "Budgeted" },
        { new SelfEvaluationGroup(null, -1, true, true, true), "SelfEvaluationGroup", "MemberCount" },
    };

    [Theory]
    [MemberData(nameof(NegativeAmounts))]
    public void A_negative_amount_or_count_is_a_problem(IFact fact, string factType, string field)
    {
        var problem = Only(fact);
        Assert.Equal(factType, problem.FactType);
        Assert.Equal(field, problem.Field);
        Assert.Contains("不能为负数", problem.Message.Chinese);
    }

    [Fact]
    public void Fixed_assets_in_use_cannot_exceed_all_fixed_assets()
    {
        var problem = Only(new FixedAssets(100m, 101m));
        Assert.Equal("InUseOriginalValue", problem.Field);
        Assert.Equal("在用固定资产原值（101）不能大于固定资产原值（100）", problem.Message.Chinese);
    }

    [Fact]
    public void More_targets_achieved_than_planned_is_a_problem()
    {
        Assert.Equal("Achieved", Only(new TargetAchievement(TargetScope.Project, 3, 4)).Field);
    }

    [Fact]
    public void More_projects_on_time_than_budgeted_is_a_problem()
    {
        Assert.Equal("CompletedOnTime", Only(new ProjectTimeliness(2, 3)).Field);
    }

    [Fact]
    public void Three_public_expenses_need_amounts_or_a_statement_that_agrees_with_them()
    {
        Assert.Equal("Actual", Only(new ThreePublicExpenses(null, null)).Field);
        Assert.Equal("StatedWithinBudget", Only(new ThreePublicExpenses(100m, 120m, StatedWithinBudget: true)).Field);
        Assert.False(new ThreePublicExpenses(100m, 120m).IsWithinBudget);
        Assert.True(new ThreePublicExpenses(null, null, true).IsWithinBudget);
    }

    [Fact]
    public void A_disclosure_with_both_a_day_limit_and_a_deadline_or_a_limit_without_approval_is_a_problem()
    {
        Assert.Equal("Deadline", Only(Suixi.BudgetDisclosure with { Deadline = new DateOnly(2022, 5, 1) }).Field);
        Assert.Equal("ApprovedOn", Only(Suixi.BudgetDisclosure with { ApprovedOn = null }).Field);
        Assert.Contains((Suixi.BudgetDisclosure with { Kind = (DisclosureKind)9 }).Validate(), p => p.Field == "Kind");
    }

    [Fact]
    public void An_assessment_is_a_score_or_a_tier_not_both_nor_neither()
    {
        Assert.Equal("Score", Only(new ExternalAssessment("考核", 85m, "二等奖")).Field);
        Assert.Equal("Score", Only(new ExternalAssessment("考核", null)).Field);
        Assert.Equal("Score", Only(new ExternalAssessment("考核", 101m)).Field);
        Assert.Equal(85m, new ExternalAssessment("考核", null, "二等奖", 85m).EffectiveScore);
    }

    [Fact]
    public void A_finding_must_deduct_points_for_a_known_kind_of_indicator_code()
    {
        Assert.Equal("Points", Only(new EvaluatorFinding("2.1.7", 0m, new LocalizedText("甲"))).Field);
        Assert.Equal("IndicatorCode", Only(new EvaluatorFinding("2.1.x", 0.5m, new LocalizedText("甲"))).Field);
        Assert.Equal("IndicatorCode", Only(new ChecklistAnswer("", "1", true)).Field);
        Assert.Equal("Item", Only(new ChecklistAnswer("1.1.1", " ", true)).Field);
    }

    [Fact]
    public void A_finding_becomes_a_scoring_finding_with_its_evidence()
    {
        var finding = new EvaluatorFinding("2.1.7", 0.5m, new LocalizedText("购进的监控设备未做固定资产核算"), "2022年12月47#凭证").ToFinding();
        Assert.Equal(0.5m, finding.Points);
        Assert.Equal(["2022年12月47#凭证"], finding.Evidence);
    }

    [Fact]
    public void Subordinate_budgets_approved_before_receipt_or_without_dates_or_statement_are_a_problem()
    {
        var early = new SubordinateBudgetApproval(15, true, true, new DateOnly(2022, 4, 20), new DateOnly(2022, 4, 19));
        Assert.Equal("ApprovedOn", Only(early).Field);
        Assert.Equal("ApprovedOn", Only(new SubordinateBudgetApproval(15, true, true)).Field);
        Assert.Equal("IsApproved", Only(new SubordinateBudgetApproval(15, true, false, ApprovedOn: new DateOnly(2022, 5, 1))).Field);
    }

    [Fact]
    public void Subordinate_budgets_are_on_time_within_the_day_limit()
    {
        var received = new DateOnly(2022, 4, 20);
        Assert.True(new SubordinateBudgetApproval(15, true, true, received, received.AddDays(15)).IsOnTime);
        Assert.False(new SubordinateBudgetApproval(15, true, true, received, received.AddDays(16)).IsOnTime);
        Assert.Null(new SubordinateBudgetApproval(15, true, false).IsOnTime);
    }

    [Fact]
    public void Petition_counts_answered_cannot_exceed_those_received()
    {
        Assert.Equal("AnsweredInTime", Only(new PetitionHandling(true, 42, 43)).Field);
        Assert.Equal("HotlineAnsweredInTime", Only(new PetitionHandling(true, 42, 42, 367, null)).Field);
    }

    [Fact]
    public void An_evaluation_context_needs_names_and_a_date_after_the_year_began()
    {
        Assert.Equal("Department", Only(Suixi.Context with { Department = "" }).Field);
        Assert.Equal("EvaluationDate", Only(Suixi.Context with { EvaluationDate = new DateOnly(2021, 12, 31) }).Field);
        Assert.Equal("FiscalYear", Only(Suixi.Context with { FiscalYear = 22 }).Field);
    }

    [Fact]
    public void A_group_cannot_list_more_roles_than_members()
    {
        Assert.Equal("Roles", Only(new SelfEvaluationGroup(null, 1, true, true, true, ["组长", "会计"])).Field);
    }

    [Fact]
    public void Commendations_and_accountability_findings_need_their_subject_and_source()
    {
        Assert.Equal("Issuer", Only(new Commendation("就业工作", "")).Field);
        Assert.Equal("Problem", Only(new AccountabilityFinding(" ", "人大审计")).Field);
    }
}
