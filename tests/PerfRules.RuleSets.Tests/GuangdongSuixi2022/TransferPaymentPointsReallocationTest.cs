using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>The reallocation rules of 2.1.5: "相应指标分值调整至“支出完成率”".</summary>
public sealed class TransferPaymentPointsReallocationTest
{
    private static IReadOnlyList<WeightTransfer> Transfers(params object[] facts)
    {
        var session = new RuleRepository()
            .Add(new TransferPaymentPointsToCompletionRate())
            .Add(new SubordinateBudgetPointsToCompletionRate())
            .Compile()
            .CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return session.Query<WeightTransfer>();
    }

    [Fact]
    public void Declaring_no_transfer_payments_moves_2_points_from_2_1_5_to_2_1_2()
    {
        var transfer = Assert.Single(Transfers(new TransferPaymentScope(false, "没有主管的转移支付资金"), new SubordinateBudgetApproval(15, true, true, StatedOnTime: true)));

        Assert.Equal(new WeightTransfer("2.1.5", "2.1.2", 2m), transfer);
    }

    [Fact]
    public void Managing_transfer_payments_moves_nothing()
    {
        Assert.Empty(Transfers(new TransferPaymentScope(true), new SubordinateBudgetApproval(15, true, true, StatedOnTime: true)));
    }

    [Fact]
    public void An_empty_list_of_transfer_payments_without_a_declaration_moves_nothing()
    {
        Assert.Empty(Transfers(new SubordinateBudgetApproval(15, true, true, StatedOnTime: true)));
    }

    [Fact]
    public void No_subordinate_budgets_to_approve_moves_1_point()
    {
        var transfers = Transfers(new TransferPaymentScope(false, "没有主管的转移支付资金"), new SubordinateBudgetApproval(15, false, false));

        Assert.Equal([2m, 1m], transfers.Select(t => t.Points).Order().Reverse());
        Assert.All(transfers, t => Assert.Equal(("2.1.5", "2.1.2"), (t.From, t.To)));
    }

    [Fact]
    public void The_rules_have_names_and_descriptions_for_the_rule_list()
    {
        Rule[] rules = [new TransferPaymentPointsToCompletionRate(), new SubordinateBudgetPointsToCompletionRate()];

        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        Assert.Equal(2, rules.Select(r => r.Name).Distinct().Count());
    }
}
