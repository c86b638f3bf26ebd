using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Definition;

/// <summary>Rules that cannot be compiled are rejected with a <see cref="RuleDefinitionException"/> naming the rule.</summary>
public sealed class InvalidRuleDefinitionTest
{
    public sealed class Customer(int id)
    {
        public int Id { get; } = id;
    }

    public sealed class Order(int customerId)
    {
        public int CustomerId { get; } = customerId;
    }

    [Name("Alias bound twice")]
    public sealed class AliasBoundTwiceRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer, c => c.Id > 0)
                .Match(() => customer, c => c.Id < 10);
            Then().Do(ctx => customer.Id.ToString());
        }
    }

    [Name("Alias used before it is bound")]
    public sealed class AliasUsedBeforeBoundRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => order, o => o.CustomerId == customer.Id)
                .Match(() => customer);
            Then().Do(ctx => order.CustomerId.ToString());
        }
    }

    [Name("No action")]
    public sealed class NoActionRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
        }
    }

    [Name("Calls When outside Define")]
    public sealed class OutsideDefineRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => customer.Id.ToString());
        }

        public void CallWhen() => When();

        public void CallThen() => Then();
    }

    [Name("Valid")]
    public sealed class ValidRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => customer.Id.ToString());
        }
    }

    /// <summary>Definition errors may surface when the rule is added or when the repository compiles; either way the host sees them before any session exists.</summary>
    private static RuleDefinitionException AddAndCompile(Rule rule) =>
        Assert.Throws<RuleDefinitionException>(() => new RuleRepository().Add(new ValidRule(), rule).Compile());

    [Fact]
    public void Compile_AliasBoundTwice_ThrowsNamingTheRule()
    {
        var ex = AddAndCompile(new AliasBoundTwiceRule());

        Assert.Equal("Alias bound twice", ex.RuleName);
        Assert.Contains("Alias bound twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ConditionUsesAliasBoundByALaterPattern_ThrowsNamingTheRule()
    {
        var ex = AddAndCompile(new AliasUsedBeforeBoundRule());

        Assert.Equal("Alias used before it is bound", ex.RuleName);
        Assert.Contains("Alias used before it is bound", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RuleWithoutAction_ThrowsNamingTheRule()
    {
        var ex = AddAndCompile(new NoActionRule());

        Assert.Equal("No action", ex.RuleName);
        Assert.Contains("No action", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenAndThen_CalledOutsideDefine_ThrowInvalidOperation()
    {
        var rule = new OutsideDefineRule();

        Assert.Throws<InvalidOperationException>(rule.CallWhen);
        Assert.Throws<InvalidOperationException>(rule.CallThen);
    }

    [Fact]
    public void WhenAndThen_CalledAfterTheRepositoryDefinedTheRule_StillThrow()
    {
        var rule = new OutsideDefineRule();
        new RuleRepository().Add(rule).Compile();

        Assert.Throws<InvalidOperationException>(rule.CallWhen);
        Assert.Throws<InvalidOperationException>(rule.CallThen);
    }
}
