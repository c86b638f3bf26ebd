using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Aggregation;

/// <summary>
/// A total yielded over a collect: however facts come and go, after Fire() there is exactly one total and it equals the
/// sum of the facts in working memory.
/// </summary>
public sealed class CollectTotalYieldTest
{
    public sealed class Expense(int id, decimal amount)
    {
        public int Id { get; } = id;

        public decimal Amount { get; } = amount;

        public override string ToString() => $"Expense#{Id}";
    }

    public sealed record Total(int Count, decimal Amount);

    [Name("Total of expenses")]
    public sealed class TotalRule : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Expense> expenses = null!;
            When().Collect(() => expenses);
            Then().Yield(ctx => new Total(expenses.Count, expenses.Sum(e => e.Amount)));
        }
    }

    private static void AssertTotal(ISession session, IReadOnlyCollection<Expense> expected)
    {
        Assert.Equal(new Total(expected.Count, expected.Sum(e => e.Amount)), Assert.Single(session.Query<Total>()));
    }

    [Fact]
    public void Fire_EmptySession_TotalOfNothingIsZero()
    {
        var session = Rules.Session(new TotalRule());

        session.Fire();

        AssertTotal(session, []);
    }

    [Fact]
    public void Fire_TwoHundredInsertsThenHundredRetractsInRandomOrder_TotalIsTheSumOfWhatRemains()
    {
        var random = new Random(2024);
        var session = Rules.Session(new TotalRule());
        var expenses = Enumerable.Range(1, 200).Select(i => new Expense(i, random.Next(1, 100_000) / 100m)).ToList();

        session.InsertAll(expenses);
        session.Fire();
        AssertTotal(session, expenses);

        var remaining = expenses.ToList();
        foreach (var expense in expenses.OrderBy(_ => random.Next()).Take(100))
        {
            session.Retract(expense);
            remaining.Remove(expense);
        }

        var fired = session.Fire();

        Assert.Equal(1, fired);
        AssertTotal(session, remaining);
    }

    [Fact]
    public void Fire_RetractsInterleavedWithFires_TotalRightAfterEveryFire()
    {
        var random = new Random(7);
        var session = Rules.Session(new TotalRule());
        var remaining = Enumerable.Range(1, 200).Select(i => new Expense(i, random.Next(1, 100_000) / 100m)).ToList();
        session.InsertAll(remaining);

        for (var round = 0; round < 10; round++)
        {
            for (var i = 0; i < 10; i++)
            {
                var expense = remaining[random.Next(remaining.Count)];
                remaining.Remove(expense);
                session.Retract(expense);
            }

            session.Fire();
            AssertTotal(session, remaining);
        }

        Assert.Equal(100, remaining.Count);
    }

    [Fact]
    public void Fire_EveryExpenseRetracted_TotalBackToZero()
    {
        var session = Rules.Session(new TotalRule());
        var expenses = Enumerable.Range(1, 5).Select(i => new Expense(i, i)).ToList();
        session.InsertAll(expenses);
        session.Fire();

        foreach (var expense in expenses)
        {
            session.Retract(expense);
        }

        session.Fire();

        AssertTotal(session, []);
    }
}
