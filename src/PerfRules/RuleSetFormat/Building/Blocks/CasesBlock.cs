using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>cases</c>: a decision table (按时批复的得1分；已批复但超时的，得0.5分；未批复的不得分). The first case whose condition
/// holds decides: its points (a number or a formula) with its note, deduction and metric; or a block that scores it, the
/// case's note opening the block's; or a problem (the facts cannot be scored this way). No case applying is an error.
/// </summary>
internal sealed class CasesBlock(IReadOnlyList<CasesBlock.Case> cases, decimal points) : IScoringBlock
{
    public decimal Points { get; } = points;

    public IEnumerable<Formula> Formulas => cases.SelectMany(c => c.Formulas);

    public IEnumerable<Type> OwnCodeFacts => cases.Where(c => c.Block is not null).SelectMany(c => c.Block!.OwnCodeFacts).Distinct();

    public BlockOutcome Score(BlockContext context)
    {
        foreach (var @case in cases)
        {
            if (@case.When is { } when)
            {
                var holds = when.Evaluate(context);
                if (holds.Kind != FormulaValueKind.Boolean)
                {
                    return when.Failure(holds);
                }

                if (!holds.AsBoolean())
                {
                    continue;
                }
            }

            return @case switch
            {
                { Problem: { } problem } => problem.Report(context),
                { Block: { } block } => Delegated(@case, block, context),
                _ => Scored(@case, context),
            };
        }

        return BlockOutcome.Error(new FactProblem("*", "*", new LocalizedText(
            "没有适用的计分情形：各情形的条件均不成立", "no case applies: none of the cases' conditions holds")));
    }

    private static BlockOutcome Delegated(Case @case, IScoringBlock block, BlockContext context)
    {
        var outcome = block.Score(context);
        if (!outcome.IsScored || @case.Note is null)
        {
            return outcome;
        }

        var opening = @case.Note.Render(context, null, out var failure);
        return opening is null
            ? failure!
            : BlockOutcome.Scored(outcome.Base, outcome.Score!.Value, Notes.Join(opening, outcome.Note), outcome.Losses, outcome.Metric, outcome.Hit);
    }

    private BlockOutcome Scored(Case @case, BlockContext context)
    {
        var score = @case.Points ?? 0m;
        if (@case.PointsFormula is { } formula)
        {
            if (!formula.TryNumber(context, out score, out var failure))
            {
                return failure!;
            }

            if (score < 0m || score > Points)
            {
                return BlockOutcome.Error(new FactProblem(formula.Formula.References.FirstOrDefault()?.FactType ?? "*", "*", new LocalizedText(
                    $"计分公式得{ReportFormat.Number(score)}分，不在0到{ReportFormat.Number(Points)}分之间（公式：{formula.Text}）",
                    $"the scoring formula gives {ReportFormat.Number(score)}, outside 0 to {ReportFormat.Number(Points)} (formula: {formula.Text})")));
            }
        }

        var note = @case.Note!.Render(context, null, out var noteFailure);
        if (note is null)
        {
            return noteFailure!;
        }

        MetricValue? metric = null;
        if (@case.Metric is { } plan)
        {
            if (!plan.Formula.TryNumber(context, out var value, out var failure))
            {
                return failure!;
            }

            metric = new MetricValue(plan.Name, plan.Formula.Inputs.Template, value, plan.Unit, plan.Formula.Inputs.Evaluate(context.Scope));
        }

        var lost = Points - score;
        if (lost <= 0m)
        {
            return BlockOutcome.Scored(Points, score, note, [], metric);
        }

        var reason = note;
        if (@case.Reason is { } template && template.Render(context, null, out var reasonFailure) is var rendered)
        {
            if (rendered is null)
            {
                return reasonFailure!;
            }

            reason = rendered;
        }

        IReadOnlyList<ScoringInput> inputs = metric?.Inputs ?? @case.PointsFormula?.Inputs.Evaluate(context.Scope) ?? [];
        if (!@case.Judged)
        {
            return BlockOutcome.Scored(Points, score, note, [Loss.Computed(lost, reason, inputs)], metric);
        }

        var evidence = @case.Evidence?.Evaluate(context) is { Kind: FormulaValueKind.String } text && !string.IsNullOrWhiteSpace(text.AsString())
            ? [text.AsString()]
            : Array.Empty<string>();
        return BlockOutcome.Scored(Points, score, note, [Loss.Judged(lost, reason, inputs, evidence)], metric);
    }

    /// <summary>One case of the table.</summary>
    internal sealed record Case(
        BoundFormula? When,
        decimal? Points,
        BoundFormula? PointsFormula,
        BoundTemplate? Note,
        bool Judged,
        BoundTemplate? Reason,
        BoundFormula? Evidence,
        CaseMetric? Metric,
        IScoringBlock? Block,
        DeclaredProblem? Problem)
    {
        public IEnumerable<Formula> Formulas =>
            new[] { When, PointsFormula, Evidence, Metric?.Formula }.OfType<BoundFormula>().Select(f => f.Formula)
                .Concat(Note?.Formulas ?? [])
                .Concat(Reason?.Formulas ?? [])
                .Concat(Block?.Formulas ?? [])
                .Concat(Problem?.Message.Formulas ?? []);
    }

    /// <summary>The metric a case reports: its name, formula and unit.</summary>
    internal sealed record CaseMetric(LocalizedText Name, BoundFormula Formula, ValueUnit Unit);
}
