using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>
/// <c>equivalents</c>: a result stated as a label (“四个全面”绩效考核 二等奖) counts as a score (85). Without a full mark the
/// score is the points; with one, points × score / full mark; with other results to average, the mean of all over the full
/// mark × points ((85/100 + 87.5/100) / 2 × 5 = 4.31). A label the table does not know is an error, never a guess.
/// </summary>
internal sealed class EquivalentsBlock(
    LocalizedText name, BoundFormula label, EquivalentScale table, decimal? fullMark, IReadOnlyList<BoundFormula> averageWith, decimal points) : IScoringBlock
{
    private readonly Proportional _proportional = new(points, ExcessPolicy.CapAtFull);

    public decimal Points { get; } = points;

    public IEnumerable<Formula> Formulas => [label.Formula, .. averageWith.Select(a => a.Formula)];

    public IEnumerable<Type> OwnCodeFacts => [];

    public BlockOutcome Score(BlockContext context)
    {
        var value = label.Evaluate(context);
        if (value.Kind != FormulaValueKind.String)
        {
            return label.Failure(value);
        }

        EquivalentHit hit;
        try
        {
            hit = table.Map(value.AsString());
        }
        catch (UnknownEquivalentLabelException exception)
        {
            var (factType, field) = label.Inputs.Source;
            return BlockOutcome.Error(new Facts.FactProblem(factType ?? "*", field ?? "*", new LocalizedText(
                $"{name.Chinese}：“{exception.Label}”没有规定视同分数；规定了的有：{string.Join("、", exception.KnownLabels)}",
                $"{name.Get(Language.English)}: {exception.Message}")));
        }

        var (sourceFact, sourceField) = label.Inputs.Source;
        var equivalent = new LocalizedText($"{hit.Label}视同{ReportFormat.Number(hit.Score)}分", $"{hit.Label} counts as {ReportFormat.Number(hit.Score)}");
        var labelInput = ScoringInput.OfText(name, hit.Label, sourceFact, sourceField);
        if (fullMark is not { } full)
        {
            var note = Notes.Join(equivalent, ReportFormat.Awarded(hit.Score));
            return BlockOutcome.Scored(Points, hit.Score, note, hit.Score < Points ? [Loss.Computed(Points - hit.Score, note, [labelInput])] : []);
        }

        var values = new List<decimal> { hit.Score };
        var inputs = new List<ScoringInput> { labelInput };
        foreach (var other in averageWith)
        {
            if (!other.TryNumber(context, out var number, out var failure))
            {
                return failure!;
            }

            values.Add(number);
            inputs.AddRange(other.Inputs.Evaluate(context.Scope));
        }

        var outcome = AverageBlock.Average(Points, name, full, values, inputs, _proportional);
        if (!outcome.IsScored)
        {
            return outcome;
        }

        var withEquivalent = Notes.Join(equivalent, outcome.Note);
        return BlockOutcome.Scored(Points, outcome.Score!.Value, withEquivalent,
            [.. outcome.Losses.Select(l => l with { Reason = withEquivalent })]);
    }
}
