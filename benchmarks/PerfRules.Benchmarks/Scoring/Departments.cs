using PerfRules.Facts;

namespace PerfRules.Benchmarks.Scoring;

/// <summary>
/// Many departments for the batch benchmark: variations of the golden case, drawn from a seeded generator so every run
/// scores the same departments. Each department has its own name, budget figures (revenue, expenditure, carry-over),
/// fixed assets, procurement and petition counts, spread so that 1.1.3, 2.1.2, 2.1.3, 2.1.6, 2.3.2 and 4.4.1 land in
/// different bands; the other facts (checklist answers, findings, disclosures…) are the golden case's own instances,
/// shared, since facts are immutable. The batch scores a department by changing only the facts it does not share with
/// the one before, so sharing is what a template buys; <see cref="Unshared"/> gives the same departments without it.
/// </summary>
internal static class Departments
{
    /// <summary>Makes <paramref name="count"/> departments from the golden facts.</summary>
    public static IReadOnlyList<object>[] Generate(IReadOnlyList<object> golden, int count, int seed = 2022)
    {
        var random = new Random(seed);
        var departments = new IReadOnlyList<object>[count];
        for (var i = 0; i < count; i++)
        {
            var facts = new object[golden.Count];
            for (var f = 0; f < golden.Count; f++)
            {
                facts[f] = golden[f] switch
                {
                    EvaluationContext context => context with { Department = Name(i) },
                    BudgetExecution budget => Vary(budget, random),
                    FixedAssets assets => assets with { InUseOriginalValue = Money(assets.OriginalValue * Between(random, 0.85m, 1m)) },
                    Procurement => VaryProcurement(random),
                    PetitionHandling petitions => petitions with
                    {
                        AnsweredInTime = Math.Max(0, petitions.Cases - random.Next(0, 4)),
                        HotlineAnsweredInTime = petitions.HotlineTickets is { } tickets ? Math.Max(0, tickets - random.Next(0, 11)) : null,
                    },
                    var shared => shared,
                };
            }

            departments[i] = facts;
        }

        return departments;
    }

    /// <summary>
    /// The same departments with no fact instance shared, as departments read one by one from files would be: every fact
    /// is a copy (a record's own clone), equal to the original but not the same object.
    /// </summary>
    public static IReadOnlyList<object>[] Unshared(IReadOnlyList<object>[] departments)
    {
        var unshared = new IReadOnlyList<object>[departments.Length];
        for (var i = 0; i < departments.Length; i++)
        {
            var facts = new object[departments[i].Count];
            for (var f = 0; f < facts.Length; f++)
            {
                facts[f] = Copy(departments[i][f]);
            }

            unshared[i] = facts;
        }

        return unshared;
    }

    // Every fact type is a record, whose compiler-made clone method is public.
    private static object Copy(object fact) =>
        fact.GetType().GetMethod("<Clone>$")?.Invoke(fact, null)
            ?? throw new InvalidOperationException($"{fact.GetType().Name} is not a record: it cannot be copied.");

    /// <summary>The name of department <paramref name="index"/>, by which the batch's order is checked.</summary>
    public static string Name(int index) => $"测试部门{index:D6}";

    private static BudgetExecution Vary(BudgetExecution budget, Random random)
    {
        var available = budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation + budget.GovernmentFundAppropriation;
        return budget with
        {
            FiscalAppropriationRevenueFinal = Money(budget.FiscalAppropriationRevenueBudget * Between(random, 0.8m, 1.6m)),
            ActualExpenditure = Money(available * Between(random, 0.65m, 1m)),
            ClosingFiscalCarryOver = Money(available * Between(random, 0m, 0.35m)),
        };
    }

    private static Procurement VaryProcurement(Random random)
    {
        var planned = Money(500_000m * Between(random, 0m, 1m));
        return new Procurement(planned, Money(planned * Between(random, 0.7m, 1.1m)));
    }

    private static decimal Between(Random random, decimal low, decimal high) => low + (high - low) * (decimal)random.NextDouble();

    private static decimal Money(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);
}
