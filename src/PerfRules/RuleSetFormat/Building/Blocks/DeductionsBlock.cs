using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>deductions</c>: full points less every deduction whose condition holds (扣分项: 出现…1项扣0.5分，直至扣完), in the
/// order written; a <c>forEach</c> item applies its rules to each fact of a list, in a stable order. The floor at 0 stops
/// the deductions at the one that reaches it, cut to what was left, so they add up to exactly the points lost.
/// </summary>
internal sealed class DeductionsBlock(
    IReadOnlyList<DeductionsBlock.Item> items, BoundTemplate? note, BoundTemplate? whenNone, LocalizedText? subject, decimal points) : IScoringBlock
{
    public decimal Points { get; } = points;

    public IEnumerable<Formula> Formulas =>
        items.SelectMany(i => i.Formulas).Concat(note?.Formulas ?? []).Concat(whenNone?.Formulas ?? []);

    public IEnumerable<Type> OwnCodeFacts => [];

    public BlockOutcome Score(BlockContext context)
    {
        var found = new List<(decimal Points, LocalizedText Reason, bool Judged, IReadOnlyList<ScoringInput> Inputs)>();
        foreach (var item in items)
        {
            var failure = item switch
            {
                Rule rule => Apply(rule, context, null, found),
                Each each => Apply(each, context, found),
                _ => null,
            };
            if (failure is not null)
            {
                return failure;
            }
        }

        var losses = new List<Loss>();
        var left = Points;
        foreach (var (deducted, reason, judged, inputs) in found)
        {
            var taken = Math.Min(deducted, left);
            if (taken <= 0m)
            {
                break;
            }

            var stated = BoundTemplate.Deducted(reason, taken);
            var text = taken < deducted
                ? new LocalizedText($"{stated.Chinese}（扣至0分为止，实扣{ReportFormat.Points(taken)}分）", $"{stated.Get(Language.English)} (floored at 0: {ReportFormat.Points(taken)} deducted)")
                : stated;
            losses.Add(judged ? Loss.Judged(taken, text, inputs, []) : Loss.Computed(taken, text, inputs));
            left -= taken;
        }

        var score = left;
        LocalizedText written;
        if (note is not null)
        {
            if (note.Render(context, null, out var failure) is not { } rendered)
            {
                return failure!;
            }

            written = rendered;
        }
        else if (losses.Count == 0)
        {
            if (whenNone is null)
            {
                written = new LocalizedText($"未发现扣分事项，{ReportFormat.Awarded(Points).Chinese}", $"no deduction found, {ReportFormat.Awarded(Points).English}");
            }
            else if (whenNone.Render(context, null, out var failure) is { } rendered)
            {
                written = rendered;
            }
            else
            {
                return failure!;
            }
        }
        else
        {
            var awarded = ReportFormat.Awarded(score);
            var closing = subject is null
                ? awarded
                : new LocalizedText($"{subject.Chinese}{awarded.Chinese}", $"{subject.Get(Language.English)} {awarded.English}");
            written = Notes.Join([.. losses.Select(l => l.Reason), closing]);
        }

        return BlockOutcome.Scored(Points, score, written, losses);
    }

    private static BlockOutcome? Apply(Rule rule, BlockContext context, object? fact, List<(decimal, LocalizedText, bool, IReadOnlyList<ScoringInput>)> found)
    {
        if (rule.When is { } when)
        {
            var holds = when.Formula.EvaluateFor(context.Scope, fact);
            if (holds.Kind != FormulaValueKind.Boolean)
            {
                return when.Failure(holds);
            }

            if (!holds.AsBoolean())
            {
                return null;
            }
        }

        var deducted = rule.Points ?? 0m;
        if (rule.PointsFormula is { } formula)
        {
            var value = formula.Formula.EvaluateFor(context.Scope, fact);
            if (value.Kind != FormulaValueKind.Decimal)
            {
                return formula.Failure(value);
            }

            deducted = value.AsDecimal();
            if (deducted < 0m)
            {
                return BlockOutcome.Error(new FactProblem(formula.Formula.References.FirstOrDefault()?.FactType ?? "*", "*", new LocalizedText(
                    $"扣分公式得{ReportFormat.Number(deducted)}分，不能为负数（公式：{formula.Text}）",
                    $"the deduction formula gives {ReportFormat.Number(deducted)}, which is negative (formula: {formula.Text})")));
            }
        }

        if (deducted == 0m)
        {
            return null;
        }

        if (rule.Reason.Render(context, fact, out var failure) is not { } reason)
        {
            return failure;
        }

        IReadOnlyList<ScoringInput> inputs = fact is null && rule.When is { } condition ? condition.Inputs.Evaluate(context.Scope) : [];
        found.Add((deducted, reason, rule.Judged, inputs));
        return null;
    }

    private static BlockOutcome? Apply(Each each, BlockContext context, List<(decimal, LocalizedText, bool, IReadOnlyList<ScoringInput>)> found)
    {
        var facts = new List<object>();
        foreach (var fact in context.Scope.FactsOf(each.Type.Type))
        {
            if (each.Where is { } where)
            {
                var test = where.Formula.EvaluateFor(context.Scope, fact);
                if (test.Kind != FormulaValueKind.Boolean)
                {
                    return where.Failure(test);
                }

                if (!test.AsBoolean())
                {
                    continue;
                }
            }

            facts.Add(fact);
        }

        foreach (var fact in FactOrder.Sort(facts, each.Type, each.OrderBy))
        {
            foreach (var rule in each.Rules)
            {
                if (Apply(rule, context, fact, found) is { } failure)
                {
                    return failure;
                }
            }
        }

        return null;
    }

    /// <summary>An item of the block.</summary>
    internal abstract record Item
    {
        public abstract IEnumerable<Formula> Formulas { get; }
    }

    /// <summary>Some points deducted when a condition holds (per fact, inside <see cref="Each"/>).</summary>
    internal sealed record Rule(BoundFormula? When, decimal? Points, BoundFormula? PointsFormula, BoundTemplate Reason, bool Judged) : Item
    {
        public override IEnumerable<Formula> Formulas =>
            new[] { When, PointsFormula }.OfType<BoundFormula>().Select(f => f.Formula).Concat(Reason.Formulas);
    }

    /// <summary>Rules applied to each fact of a type (that meets a condition), in a stable order.</summary>
    internal sealed record Each(FactTypeInfo Type, BoundFormula? Where, IReadOnlyList<FieldAccessor> OrderBy, IReadOnlyList<Rule> Rules, Formula Reads) : Item
    {
        public override IEnumerable<Formula> Formulas =>
            new[] { Reads }.Concat(Where is null ? [] : [Where.Formula]).Concat(Rules.SelectMany(r => r.Formulas));
    }
}
