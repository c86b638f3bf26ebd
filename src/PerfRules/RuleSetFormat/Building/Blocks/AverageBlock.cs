using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary><c>average</c>: the mean of several results over a full mark, × points: (85/100 + 87.5/100) / 2 × 5 = 4.31.</summary>
internal sealed class AverageBlock(LocalizedText name, decimal fullMark, IReadOnlyList<BoundFormula> results, decimal points) : IScoringBlock
{
    private readonly Proportional _proportional = new(points, ExcessPolicy.CapAtFull);

    public decimal Points { get; } = points;

    public IEnumerable<Formula> Formulas => results.Select(r => r.Formula);

    public IEnumerable<Type> OwnCodeFacts => [];

    public BlockOutcome Score(BlockContext context)
    {
        var values = new List<decimal>();
        foreach (var result in results)
        {
            if (!result.TryNumber(context, out var value, out var failure))
            {
                return failure!;
            }

            values.Add(value);
        }

        return Average(Points, name, fullMark, values, results.SelectMany(r => r.Inputs.Evaluate(context.Scope)).ToList(), _proportional);
    }

    /// <summary>Scores results already computed (shared with the equivalents block).</summary>
    internal static BlockOutcome Average(decimal points, LocalizedText name, decimal fullMark, IReadOnlyList<decimal> values, IReadOnlyList<ScoringInput> inputs, Proportional proportional)
    {
        var outside = values.Where(v => v < 0m || v > fullMark).ToList();
        if (outside.Count > 0)
        {
            return BlockOutcome.Error(new Facts.FactProblem(inputs.FirstOrDefault()?.SourceFact ?? "*", inputs.FirstOrDefault()?.SourceField ?? "*", new LocalizedText(
                $"{name.Chinese}的结果{string.Join("、", outside.Select(ReportFormat.Number))}不在0到满分{ReportFormat.Number(fullMark)}之间",
                $"the result(s) {string.Join(", ", outside.Select(ReportFormat.Number))} of {name.Get(Language.English)} are outside 0 to the full mark {ReportFormat.Number(fullMark)}")));
        }

        var average = proportional.ApplyAverage(fullMark, values);
        var fractions = string.Join("+", values.Select(v => $"{ReportFormat.Number(v)}/{ReportFormat.Number(fullMark)}"));
        var expression = values.Count == 1 ? fractions : $"({fractions})/{values.Count}";
        var arithmetic = new LocalizedText(
            $"{name.Chinese}得分={Notes.FullWidth(expression)}*{ReportFormat.Number(points)}={ReportFormat.Points(average.UnroundedScore)}分",
            $"{name.Get(Language.English)} score = {expression} × {ReportFormat.Number(points)} = {ReportFormat.Points(average.UnroundedScore)}");
        var stated = inputs.DistinctBy(i => i.Label).Select(i => i.Describe()).ToList();
        var note = Notes.Join([.. stated, arithmetic]);
        var lost = points - average.UnroundedScore;
        return BlockOutcome.Scored(points, average.UnroundedScore, note, lost > 0m ? [Loss.Computed(lost, note, inputs)] : []);
    }
}
