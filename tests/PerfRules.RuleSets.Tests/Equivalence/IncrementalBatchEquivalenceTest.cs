using PerfRules.Evaluation;
using PerfRules.RuleSets.Tests.Golden;
using PerfRules.Scorecards;

namespace PerfRules.RuleSets.Tests.Equivalence;

/// <summary>
/// A batch scores each worker's departments one after another in one session, changing only the facts a department
/// does not share (by reference, position by position) with the one before. Departments that evolve from one another by
/// every kind of edit (facts replaced, moved, swapped, added, dropped, the whole list reversed, nothing changed at all)
/// give, batched and streamed, on one thread and on four, exactly the scorecards fresh sessions give.
/// </summary>
public sealed class IncrementalBatchEquivalenceTest
{
    private const ulong Seed = 20261206;

    private readonly SuixiFactSets _sets = new(SuixiGolden.Facts());

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Departments_that_share_facts_score_in_a_batch_as_in_fresh_sessions(int threads)
    {
        var evaluator = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022);
        var departments = Evolving(count: 240, seed: 1);
        var options = new BatchOptions { MaxDegreeOfParallelism = threads };

        var batch = evaluator.EvaluateBatch(departments, options);
        var stream = evaluator.EvaluateStream(departments.Select(d => d), options).ToList();

        AssertFresh(evaluator, departments, batch);
        AssertFresh(evaluator, departments, stream);
    }

    [Fact]
    public void The_same_department_twice_in_a_row_scores_the_same_and_shares_its_rows()
    {
        var evaluator = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022);
        var golden = SuixiGolden.Facts();

        var cards = evaluator.EvaluateBatch([golden, golden, golden], new BatchOptions { MaxDegreeOfParallelism = 1 });

        AssertFresh(evaluator, [golden, golden, golden], cards);
        // Nothing changed, so nothing was re-scored: the later scorecards are made of the first one's rows.
        Assert.All(cards.Skip(1), card => Assert.All(card.Indicators.Zip(cards[0].Indicators), rows => Assert.Same(rows.Second, rows.First)));
    }

    [Fact]
    public void A_department_that_changes_one_fact_re_scores_only_what_that_fact_reaches()
    {
        var evaluator = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022);
        var golden = SuixiGolden.Facts();
        var budget = golden.OfType<PerfRules.Facts.BudgetExecution>().Single();
        var changed = golden.Select(f => ReferenceEquals(f, budget) ? budget with { ActualExpenditure = budget.ActualExpenditure / 2 } : f).ToList();

        var cards = evaluator.EvaluateBatch([golden, changed], new BatchOptions { MaxDegreeOfParallelism = 1 });

        AssertFresh(evaluator, [golden, changed], cards);
        var shared = cards[1].Indicators.Zip(cards[0].Indicators).Count(rows => ReferenceEquals(rows.First, rows.Second));
        Assert.InRange(shared, 1, cards[1].Indicators.Count - 2);
        Assert.NotEqual(cards[0].Total, cards[1].Total);
    }

    [Fact]
    public void A_duplicate_in_a_later_department_is_reported_and_the_next_batch_is_unharmed()
    {
        var evaluator = new ScorecardEvaluator(BuiltInRuleSets.GuangdongSuixi2022);
        var departments = Evolving(count: 20, seed: 2);
        var faulty = departments.ToList();
        faulty[10] = [.. departments[10], departments[10][0]];

        var error = Assert.Throws<ArgumentException>(() => evaluator.EvaluateBatch(faulty, new BatchOptions { MaxDegreeOfParallelism = 1 }));
        Assert.Contains("given twice", error.Message, StringComparison.Ordinal);

        AssertFresh(evaluator, departments, evaluator.EvaluateBatch(departments, new BatchOptions { MaxDegreeOfParallelism = 1 }));
    }

    /// <summary>
    /// Departments, each made from the one before by one or more edits; now and then a department from the generated
    /// cases with nothing in common with the one before (of the cases, half are the golden department changed, which share
    /// the golden instances, half generated afresh).
    /// </summary>
    private List<IReadOnlyList<object>> Evolving(int count, int seed)
    {
        var random = new Random(seed);
        var departments = new List<IReadOnlyList<object>> { _sets.Case(Seed, 0) };
        for (var i = 1; i < count; i++)
        {
            var facts = departments[^1].ToList();
            var donor = _sets.Case(Seed, i);
            for (var edits = random.Next(0, 4); edits > 0; edits--)
            {
                Edit(facts, donor, random);
            }

            departments.Add(random.Next(12) == 0 ? donor : Distinct(facts));
        }

        return departments;
    }

    private static void Edit(List<object> facts, IReadOnlyList<object> donor, Random random)
    {
        var at = random.Next(facts.Count);
        switch (random.Next(7))
        {
            case 0: // A fact replaced by the donor's fact of the same type, as a new version of it would be.
                facts[at] = donor.FirstOrDefault(f => f.GetType() == facts[at].GetType()) ?? facts[at];
                break;
            case 1: // A fact moved elsewhere.
                var moved = facts[at];
                facts.RemoveAt(at);
                facts.Insert(random.Next(facts.Count + 1), moved);
                break;
            case 2: // Two facts swapped.
                var other = random.Next(facts.Count);
                (facts[at], facts[other]) = (facts[other], facts[at]);
                break;
            case 3: // A fact added, in the middle or at the end.
                facts.Insert(random.Next(facts.Count + 1), donor[random.Next(donor.Count)]);
                break;
            case 4: // A fact dropped.
                facts.RemoveAt(at);
                break;
            case 5: // Every fact in the reverse order: nothing shared by position.
                facts.Reverse();
                break;
            default: // Nothing changed.
                break;
        }
    }

    /// <summary>The facts without a second reference to one instance (an edit may add a fact the department already has).</summary>
    private static List<object> Distinct(List<object> facts) => [.. facts.Distinct(ReferenceEqualityComparer.Instance)];

    private static void AssertFresh(ScorecardEvaluator evaluator, IReadOnlyList<IEnumerable<object>> departments, IReadOnlyList<Scorecard> cards) =>
        ScorecardComparison.AssertAsFresh(evaluator, departments, cards, i => $"Department {i}");
}
