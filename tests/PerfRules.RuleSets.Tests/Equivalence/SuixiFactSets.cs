using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Testing.Generators;

namespace PerfRules.RuleSets.Tests.Equivalence;

/// <summary>
/// Fact sets for the Suixi table, drawn from a seed: half are the golden department changed in one to six ways (a fact
/// left out, replaced by a generated one or given twice, a number scaled or set to 0, a date moved, a yes/no flipped, an
/// evaluator's finding or answer added, a declaration changed), half are whole departments generated fact by fact. The
/// fact values come from <see cref="FactGenerators"/> (PerfRules.Testing); every fact passes its own
/// <see cref="IFact.Validate"/>, so what varies is which facts are given, how many, and what they say: missing facts,
/// facts given twice, declarations that contradict the facts, unknown checklist items, findings too large, zero
/// denominators, rates on and beside every bound.
/// </summary>
/// <remarks>
/// A case is reproducible from the seed and its index alone (<see cref="Case"/>). Checklist answers are generated for
/// the indicators that read them (the checklists, 3.1.2 and 3.1.3); findings for the judged indicators and, now and then,
/// for an indicator that has none.
/// </remarks>
internal sealed class SuixiFactSets(IReadOnlyList<object> golden)
{
    private static readonly string[] FindingCodes = ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "2.1.1", "2.1.7", "2.2.1", "2.2.2", "2.3.1", "3.2.1", "3.2.3", "4.3.1", "4.4.2"];

    private static readonly (string Code, string[] Items)[] Checklists =
    [
        ("1.1.1", ["1", "2", "3"]),
        ("1.1.2", ["1", "2"]),
        ("1.2.1", ["1", "2(1)", "2(2)"]),
        ("2.1.1", ["1"]),
        ("2.2.1", ["1", "2", "3"]),
        ("2.2.2", ["evidence"]),
        ("2.3.1", ["1", "2", "3", "4"]),
    ];

    private static readonly string[] Notes = ["未提供佐证材料", "部分符合要求。", "已按规定执行", "资料不全；", ""];

    /// <summary>The facts of case <paramref name="index"/> of the stream of <paramref name="seed"/>.</summary>
    public IReadOnlyList<object> Case(ulong seed, int index)
    {
        var draw = new Draws(unchecked((seed * 6364136223846793005UL) + (ulong)index + 1442695040888963407UL));
        // Two equal facts are one fact given twice, which no evaluator accepts: a case holds each fact once.
        var facts = (draw.Chance(0.5) ? Mutated(draw) : Department(draw)).Distinct().ToList();
        if (facts.OfType<IFact>().SelectMany(f => f.Validate()).FirstOrDefault() is { } problem)
        {
            throw new InvalidOperationException($"Case {index} of seed {seed} has an invalid fact: {problem}");
        }

        return facts;
    }

    // ------------------------------------------------------------------------------------------------ the golden department, changed

    private List<object> Mutated(Draws draw)
    {
        var facts = golden.ToList();
        var changes = draw.Between(1, 6);
        for (var i = 0; i < changes; i++)
        {
            // A change that would make a fact fail its own checks is drawn again.
            for (var attempt = 0; attempt < 8; attempt++)
            {
                if (Change(facts, draw))
                {
                    break;
                }
            }
        }

        return facts;
    }

    private static bool Change(List<object> facts, Draws draw)
    {
        switch (draw.Between(0, 10))
        {
            case 0:
                facts.RemoveAt(draw.Index(facts));
                return true;
            case 1:
                var original = facts[draw.Index(facts)];
                if (Generated(original.GetType(), draw) is not { } another)
                {
                    return false;
                }

                facts.Add(another);
                return true;
            case 2:
                var index = draw.Index(facts);
                if (Generated(facts[index].GetType(), draw) is not { } replacement)
                {
                    return false;
                }

                facts[index] = replacement;
                return true;
            case 3 or 4:
                return Edit(facts, draw, EditNumber);
            case 5:
                return Edit(facts, draw, EditDate);
            case 6:
                return Edit(facts, draw, EditFlag);
            case 7:
                facts.Add(Finding(draw, draw.Pick(FindingCodes)));
                return true;
            case 8:
                var (code, items) = draw.Pick(Checklists);
                facts.Add(Answer(draw, code, draw.Chance(0.8) ? draw.Pick(items) : "5"));
                return true;
            case 9:
                facts.RemoveAll(f => f is TransferPaymentScope or TransferPayment);
                facts.AddRange(TransferPayments(draw));
                return true;
            default:
                facts.RemoveAll(f => f is ExternalAssessment);
                facts.AddRange(Assessments(draw));
                return true;
        }
    }

    // ------------------------------------------------------------------------------------------------ a department generated fact by fact

    private static List<object> Department(Draws draw)
    {
        var facts = new List<object> { draw.Value(FactGenerators.EvaluationContext()) };
        Once(facts, draw, FactGenerators.BudgetExecution());
        Once(facts, draw, FactGenerators.Procurement());
        Once(facts, draw, FactGenerators.FixedAssets());
        Once(facts, draw, FactGenerators.ThreePublicExpenses());
        Once(facts, draw, FactGenerators.OperatingExpenses());
        Once(facts, draw, FactGenerators.PetitionHandling());
        Once(facts, draw, FactGenerators.SelfEvaluationGroup());
        Once(facts, draw, FactGenerators.SelfEvaluationSubmission());
        Once(facts, draw, FactGenerators.SubordinateBudgetApproval());
        facts.AddRange(Enumerable.Range(0, draw.Chance(0.1) ? 0 : draw.Between(1, 4)).Select(_ => draw.Value(FactGenerators.BudgetLineItem())));
        facts.AddRange(TransferPayments(draw));
        facts.AddRange(IdleFunds(draw));
        facts.AddRange(Disclosures(draw));
        facts.AddRange(Assessments(draw));
        facts.AddRange(Achievements(draw));
        facts.AddRange(Timeliness(draw));
        foreach (var (code, items) in Checklists)
        {
            facts.AddRange(items.Where(_ => draw.Chance(0.95)).Select(item => Answer(draw, code, item)));
            if (draw.Chance(0.04))
            {
                facts.Add(Answer(draw, code, draw.Chance(0.5) ? draw.Pick(items) : "9"));
            }
        }

        foreach (var code in FindingCodes)
        {
            facts.AddRange(Enumerable.Range(0, draw.Chance(0.6) ? 0 : draw.Between(1, 3)).Select(_ => Finding(draw, code)));
        }

        facts.AddRange(Enumerable.Range(0, draw.Between(0, 3)).Select(_ => draw.Value(FactGenerators.Commendation())));
        facts.AddRange(Enumerable.Range(0, draw.Between(0, 2)).Select(_ => draw.Value(FactGenerators.AccountabilityFinding())));
        facts.AddRange(Enumerable.Range(0, draw.Between(0, 6)).Select(_ => draw.Value(FactGenerators.SelfAssessedScore()) with { IndicatorCode = draw.Pick(FindingCodes) }));
        return facts;
    }

    // Usually one; now and then none or two.
    private static void Once<T>(List<object> facts, Draws draw, Gen<T> gen)
        where T : notnull
    {
        var count = draw.Chance(0.05) ? 0 : draw.Chance(0.04) ? 2 : 1;
        facts.AddRange(Enumerable.Range(0, count).Select(_ => (object)draw.Value(gen)));
    }

    private static IEnumerable<object> TransferPayments(Draws draw)
    {
        if (draw.Chance(0.05))
        {
            yield break;
        }

        var scope = draw.Value(FactGenerators.TransferPaymentScope());
        yield return scope;
        var count = scope.ManagesTransferPayments ? (draw.Chance(0.1) ? 0 : draw.Between(1, 5)) : (draw.Chance(0.05) ? 1 : 0);
        for (var i = 0; i < count; i++)
        {
            var payment = draw.Value(FactGenerators.TransferPayment());
            yield return draw.Chance(0.05) ? payment with { DueDate = null } : payment;
        }
    }

    private static IEnumerable<object> IdleFunds(Draws draw)
    {
        var year = draw.Between(2016, 2029);
        var count = draw.Chance(0.9) ? 2 : draw.Between(0, 3);
        for (var i = 0; i < count; i++)
        {
            var funds = draw.Value(FactGenerators.IdleTreasuryFunds());
            yield return funds with { YearEnd = draw.Chance(0.95) ? year + i : draw.Between(2015, 2030) };
        }
    }

    private static IEnumerable<object> Disclosures(Draws draw)
    {
        foreach (var kind in Enum.GetValues<DisclosureKind>())
        {
            var count = draw.Chance(0.05) ? 0 : draw.Chance(0.03) ? 2 : 1;
            for (var i = 0; i < count; i++)
            {
                var disclosure = draw.Value(FactGenerators.Disclosure()) with { Kind = kind };
                if (kind is DisclosureKind.Budget or DisclosureKind.FinalAccounts && draw.Chance(0.85))
                {
                    disclosure = disclosure with { DayLimit = 20, Deadline = null };
                }

                if (disclosure.Inspection == DisclosureInspection.NotInspected && draw.Chance(0.7))
                {
                    disclosure = disclosure with { Inspection = DisclosureInspection.NoProblem };
                }

                yield return disclosure;
            }
        }

        foreach (var code in (string[])["3.1.2", "3.1.3"])
        {
            if (draw.Chance(0.9))
            {
                yield return Answer(draw, code, "content");
            }

            if (draw.Chance(0.08))
            {
                yield return Answer(draw, code, draw.Chance(0.8) ? "classified" : "other");
            }
        }
    }

    private static IEnumerable<object> Assessments(Draws draw)
    {
        var count = draw.Chance(0.85) ? 2 : draw.Between(0, 3);
        for (var i = 0; i < count; i++)
        {
            var assessment = draw.Value(FactGenerators.ExternalAssessment());
            if (assessment.Tier is not null && draw.Chance(0.7))
            {
                assessment = assessment with { Tier = "二等奖", TierEquivalentScore = draw.Chance(0.9) ? 85m : (draw.Chance(0.5) ? null : 80m) };
            }

            yield return assessment;
        }
    }

    private static IEnumerable<object> Achievements(Draws draw)
    {
        foreach (var (scope, part) in new[] { (TargetScope.Department, "department"), (TargetScope.Project, "project") })
        {
            var count = draw.Chance(0.05) ? 0 : draw.Chance(0.04) ? 2 : 1;
            for (var i = 0; i < count; i++)
            {
                yield return draw.Chance(0.7)
                    ? draw.Value(FactGenerators.TargetAchievement()) with { Scope = scope }
                    : draw.Value(FactGenerators.StatedRate()) with { IndicatorCode = "4.2.2", Part = draw.Chance(0.97) ? part : "whole" };
            }
        }
    }

    private static IEnumerable<object> Timeliness(Draws draw)
    {
        var count = draw.Chance(0.05) ? 0 : draw.Chance(0.04) ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            if (draw.Chance(0.7))
            {
                yield return draw.Value(FactGenerators.ProjectTimeliness());
            }
            else
            {
                var stated = draw.Value(FactGenerators.StatedRate());
                yield return stated with { IndicatorCode = "4.2.3", Part = draw.Chance(0.97) ? "on-schedule" : "all", Rate = draw.Chance(0.3) ? 1m : stated.Rate };
            }
        }
    }

    private static EvaluatorFinding Finding(Draws draw, string code)
    {
        var finding = draw.Value(FactGenerators.EvaluatorFinding());
        IEnumerable<string> evidence = code switch
        {
            "2.1.7" when draw.Chance(0.1) => [],
            "4.4.2" when draw.Chance(0.85) => [draw.Pick(new[] { "“四个全面”绩效考核", "乡村振兴战略实绩考核", "营商环境评价", "政务服务考核" })],
            _ => finding.Evidence,
        };
        return new EvaluatorFinding(code, finding.Points, finding.Reason, evidence);
    }

    private static ChecklistAnswer Answer(Draws draw, string code, string item)
    {
        var note = draw.Chance(0.4) ? null : draw.Pick(Notes);
        return new ChecklistAnswer(code, item, draw.Chance(0.8), note);
    }

    // A new fact of the type, from its generator in FactGenerators, or null when the type has none.
    private static object? Generated(Type type, Draws draw)
    {
        var method = typeof(FactGenerators).GetMethod(type.Name, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes);
        if (method is null)
        {
            return null;
        }

        var gen = method.Invoke(null, null)!;
        var sample = typeof(Draws).GetMethod(nameof(Draws.Value))!.MakeGenericMethod(type);
        return sample.Invoke(draw, [gen]);
    }

    // ------------------------------------------------------------------------------------------------ changes to one field

    private static bool Edit(List<object> facts, Draws draw, Func<object?, Type, Draws, (bool Changed, object? Value)> edit)
    {
        var index = draw.Index(facts);
        var fact = facts[index];
        var constructor = fact.GetType().GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        var properties = parameters.Select(p => fact.GetType().GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)).ToList();
        if (properties.Any(p => p is null))
        {
            return false;
        }

        var values = properties.Select(p => p!.GetValue(fact)).ToArray();
        var candidates = Enumerable.Range(0, parameters.Length).Where(i => edit(values[i], parameters[i].ParameterType, draw).Changed).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var chosen = draw.Pick(candidates);
        values[chosen] = edit(values[chosen], parameters[chosen].ParameterType, draw).Value;
        var changed = constructor.Invoke(values);
        if (((IFact)changed).Validate().Count > 0)
        {
            return false;
        }

        facts[index] = changed;
        return true;
    }

    private static (bool, object?) EditNumber(object? value, Type type, Draws draw)
    {
        var factor = draw.Pick(new[] { 0m, 0.5m, 0.9m, 0.99m, 1.01m, 1.1m, 1.5m, 2m, 10m, 0.1m });
        return value switch
        {
            decimal d => (true, Math.Round(d * factor, 2, MidpointRounding.AwayFromZero)),
            int n when type == typeof(int) || type == typeof(int?) => (true, (int)Math.Round(n * factor, MidpointRounding.AwayFromZero)),
            _ => (false, value),
        };
    }

    private static (bool, object?) EditDate(object? value, Type type, Draws draw) =>
        value is DateOnly date ? (true, date.AddDays(draw.Pick(new[] { -30, -5, -1, 1, 5, 30 }))) : (false, value);

    private static (bool, object?) EditFlag(object? value, Type type, Draws draw) =>
        value is bool flag && (type == typeof(bool) || type == typeof(bool?)) ? (true, !flag) : (false, value);

    /// <summary>The draws of one case: structure from a seeded <see cref="System.Random"/>, fact values from FsCheck generators with seeds drawn from it.</summary>
    internal sealed class Draws(ulong seed)
    {
        private readonly System.Random _random = new(unchecked((int)(seed ^ (seed >> 32))));

        public bool Chance(double probability) => _random.NextDouble() < probability;

        public int Between(int low, int high) => _random.Next(low, high + 1);

        public int Index<T>(IReadOnlyList<T> list) => _random.Next(list.Count);

        public T Pick<T>(IReadOnlyList<T> list) => list[_random.Next(list.Count)];

        public T Value<T>(Gen<T> gen) => gen.Sample(20, new Rnd((ulong)_random.NextInt64()), 1).First();
    }
}
