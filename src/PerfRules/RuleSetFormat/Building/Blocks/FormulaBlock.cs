using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>formula</c>: the points are what a formula computes. A result outside 0 to the points is an error unless the
/// document asks to clamp it, so a formula that overshoots is never silently cut.
/// </summary>
internal sealed class FormulaBlock(BoundFormula points, bool clamp, decimal available) : IScoringBlock
{
    public decimal Points { get; } = available;

    public IEnumerable<Formula> Formulas => [points.Formula];

    public IEnumerable<Type> OwnCodeFacts => [];

    public BlockOutcome Score(BlockContext context)
    {
        if (!points.TryNumber(context, out var value, out var failure))
        {
            return failure!;
        }

        var inputs = points.Inputs.Evaluate(context.Scope);
        var words = points.Inputs.Words();
        var stated = inputs.DistinctBy(i => i.Label).Select(i => i.Describe()).ToList();
        if (value < 0m || value > Points)
        {
            if (!clamp)
            {
                return BlockOutcome.Error(new Facts.FactProblem(points.Formula.References.FirstOrDefault()?.FactType ?? "*", "*", new LocalizedText(
                    $"计分公式得{ReportFormat.Number(value)}分，不在0到{ReportFormat.Number(Points)}分之间（公式：{points.Text}）；如应截取到该范围，请在文件中写\"clamp\": true",
                    $"the scoring formula gives {ReportFormat.Number(value)}, outside 0 to {ReportFormat.Number(Points)} (formula: {points.Text}); to clamp it to that range, write \"clamp\": true")));
            }

            var clamped = Math.Clamp(value, 0m, Points);
            stated.Add(new LocalizedText($"公式结果{ReportFormat.Number(value)}分，按{ReportFormat.Number(clamped)}分计", $"the formula gives {ReportFormat.Number(value)}, counted as {ReportFormat.Number(clamped)}"));
            value = clamped;
        }

        var rule = new LocalizedText($"得分={Notes.FullWidth(words.Chinese)}", $"score = {words.Get(Language.English)}");
        var note = Notes.Join([.. stated, rule, ReportFormat.Awarded(value)]);
        var lost = Points - value;
        return BlockOutcome.Scored(Points, value, note, lost > 0m ? [Loss.Computed(lost, note, inputs)] : []);
    }
}
