using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Documents;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>proportional</c>: points × numerator / denominator (政府采购执行率 = 2 × actual / planned), with the author's choice for a
/// numerator above the denominator and for 0 / 0.
/// </summary>
internal sealed class ProportionalBlock(
    LocalizedText name, BoundFormula numerator, BoundFormula denominator, FormulaInputs ratioInputs, ExcessPolicy whenExceeded, BothZero whenBothZero, decimal points)
    : IScoringBlock
{
    private readonly Proportional _proportional = new(points, whenExceeded);

    public decimal Points { get; } = points;

    public IEnumerable<Formula> Formulas => [numerator.Formula, denominator.Formula];

    public IEnumerable<Type> OwnCodeFacts => [];

    public BlockOutcome Score(BlockContext context)
    {
        if (!numerator.TryNumber(context, out var top, out var failure) || !denominator.TryNumber(context, out var bottom, out failure))
        {
            return failure!;
        }

        var inputs = ratioInputs.Evaluate(context.Scope);
        var stated = Notes.Join(inputs.DistinctBy(i => i.Label).Select(i => i.Describe()));
        if (top < 0m || bottom < 0m)
        {
            return BlockOutcome.Error(new Facts.FactProblem(numerator.Formula.References.FirstOrDefault()?.FactType ?? "*", "*", new LocalizedText(
                $"{name.Chinese}的分子和分母不能为负数：{stated.Chinese}", $"the numerator and denominator of {name.Get(Language.English)} must not be negative: {stated.Get(Language.English)}")));
        }

        if (top == 0m && bottom == 0m && whenBothZero != BothZero.Error)
        {
            var score = whenBothZero == BothZero.FullMarks ? Points : 0m;
            var note = Notes.Join(stated, new LocalizedText($"分子和分母均为0，{ReportFormat.Awarded(score).Chinese}", $"numerator and denominator both 0, {ReportFormat.Awarded(score).English}"));
            return BlockOutcome.Scored(Points, score, note, score < Points ? [Loss.Computed(Points - score, note, inputs)] : []);
        }

        ProportionalResult result;
        try
        {
            result = _proportional.Apply(top, bottom);
        }
        catch (ZeroDenominatorException)
        {
            return BlockOutcome.Error(new Facts.FactProblem(denominator.Formula.References.FirstOrDefault()?.FactType ?? "*", "*", new LocalizedText(
                $"{name.Chinese}的分母为0，无法计算比率：{stated.Chinese}", $"the denominator of {name.Get(Language.English)} is 0, so there is no ratio: {stated.Get(Language.English)}")));
        }

        if (result.Exceeded && whenExceeded == ExcessPolicy.ScoreZero)
        {
            var exceeded = Notes.Join(stated, new LocalizedText("分子大于分母，不得分", "the numerator exceeds the denominator, no points"));
            return BlockOutcome.Scored(Points, 0m, exceeded, [Loss.Computed(Points, exceeded, inputs)]);
        }

        var metric = new MetricValue(name, ratioInputs.Template, result.Ratio!.Value, ValueUnit.Percent, inputs);
        var computation = Notes.Computation(metric);
        var capped = result.Exceeded ? new LocalizedText("超过100%按100%计", "above 100% counts as 100%") : null;
        var arithmetic = new LocalizedText(
            $"得分={ReportFormat.Number(Points)}*{(result.Exceeded ? "100.00%" : metric.Displayed.Chinese)}={ReportFormat.Points(result.UnroundedScore)}分",
            $"score = {ReportFormat.Number(Points)} × {(result.Exceeded ? "100.00%" : metric.Displayed.Get(Language.English))} = {ReportFormat.Points(result.UnroundedScore)}");
        LocalizedText[] clauses = capped is null ? [computation, arithmetic] : [computation, capped, arithmetic];
        var lost = Points - result.UnroundedScore;
        return BlockOutcome.Scored(Points, result.UnroundedScore, Notes.Join(clauses), lost > 0m ? [Loss.Computed(lost, Notes.Join(clauses), inputs)] : [], metric);
    }
}
