using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// The rule of a leaf indicator declared in a JSON document: one class for every leaf, configured by its
/// <see cref="LeafPlan"/>. It collects the facts its formulas read and the weight transfers that name it, and scores like
/// a hand-written rule: bad facts are an error, undecidable formulas missing data, "does not apply" a result of its own;
/// a score out of a weight changed by reallocation is rescaled; every point lost is a deduction.
/// </summary>
/// <remarks>Immutable once built, like any rule; evaluation state lives in the engine's session.</remarks>
internal class DeclaredIndicatorRule(IndicatorDefinition indicator, LeafPlan plan) : IndicatorRule, IFingerprinted
{
    public override IndicatorDefinition Indicator { get; } = indicator;

    public string Fingerprint => Plan.Fingerprint;

    internal LeafPlan Plan { get; } = plan;

    public override void Define()
    {
        ScoringEnvironment environment = null!;
        IReadOnlyList<object> facts = null!;
        IReadOnlyList<WeightTransfer> transfers = null!;
        When()
            .Match(() => environment)
            .Collect(() => facts, f => Plan.Filter.Accepts(f))
            .Collect(() => transfers, t => t.From == Indicator.Code || t.To == Indicator.Code);
        Then()
            .Yield(_ => Score(environment, facts, transfers));
    }

    internal IndicatorResult Score(ScoringEnvironment environment, IReadOnlyList<object> facts, IReadOnlyList<WeightTransfer> transfers)
    {
        var problems = facts.OfType<IFact>().SelectMany(f => f.Validate())
            .OrderBy(p => p.FactType, StringComparer.Ordinal).ThenBy(p => p.Field, StringComparer.Ordinal).ThenBy(p => p.Message.Chinese, StringComparer.Ordinal)
            .ToList();
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        var context = new BlockContext(facts, environment.Calendar, Code, Name);
        var reasons = new List<LocalizedText>();
        foreach (var reallocation in Plan.Reallocations)
        {
            var holds = reallocation.When.Evaluate(context);
            if (holds.Kind != FormulaValueKind.Boolean)
            {
                return Result(reallocation.When.Failure(holds));
            }

            if (holds.AsBoolean() && reallocation.Reason is { } reason)
            {
                reasons.Add(reason);
            }
        }

        if (Plan.NotApplicable is { } condition)
        {
            var holds = condition.Evaluate(context);
            if (holds.Kind != FormulaValueKind.Boolean)
            {
                return Result(condition.Failure(holds));
            }

            if (holds.AsBoolean())
            {
                return NotApplicable(new LocalizedText(
                    $"{Plan.NotApplicableReason!.Chinese}，本指标不适用，{ReportFormat.Number(Weight)}分不计入适用分值",
                    $"{Plan.NotApplicableReason!.Get(Language.English)}: this indicator does not apply; its {ReportFormat.Number(Weight)} points leave the applicable total"));
            }
        }

        var effective = EffectiveWeight(transfers);
        var moves = Moves(transfers, reasons);
        if (effective <= 0m)
        {
            return NotApplicable(Notes.Join(
                new LocalizedText($"本指标分值（{ReportFormat.Number(Weight)}分）已全部调整", $"all {ReportFormat.Number(Weight)} points of this indicator were reallocated"),
                moves!));
        }

        var outcome = Plan.Block.Score(context);
        if (outcome.IsNotApplicable)
        {
            return NotApplicable(outcome.Note);
        }

        if (!outcome.IsScored)
        {
            return Result(outcome);
        }

        return Scored(outcome, effective, moves);
    }

    private IndicatorResult Result(BlockOutcome failure) =>
        failure.Errors.Count > 0
            ? Invalid([.. failure.Errors, .. failure.Missing])
            : IndicatorResult.MissingData(Code, Weight, failure.Note, failure.Missing);

    private IndicatorResult Scored(BlockOutcome outcome, decimal effective, LocalizedText? moves)
    {
        var exact = outcome.Score!.Value;
        var basis = outcome.Base;
        if (effective == basis)
        {
            var rounded = ScoreRounding.Round(exact);
            var deductions = Reconciled(outcome.Losses, basis - rounded);
            var note = moves is null ? outcome.Note : Followed(outcome.Note, moves);
            return Scored(exact, note, outcome.Metric, outcome.Hit, deductions, effective);
        }

        // Points moved in or out (or parts that do not apply) change what the indicator is out of: the score earned out
        // of the block's points is rescaled to the effective weight, 3 of 4 worth 6 → 4.5.
        var scaled = exact * effective / basis;
        var final = ScoreRounding.Round(scaled);
        var rescale = new LocalizedText(
            $"按调整后分值{ReportFormat.Number(effective)}分折算：得分={ReportFormat.Number(effective)}*{ReportFormat.Points(exact)}/{ReportFormat.Number(basis)}={ReportFormat.Points(scaled)}分",
            $"rescaled to the effective weight of {ReportFormat.Number(effective)}: score = {ReportFormat.Number(effective)} × {ReportFormat.Points(exact)}/{ReportFormat.Number(basis)} = {ReportFormat.Points(scaled)}");
        LocalizedText[] clauses = moves is null ? [rescale] : [moves, rescale];
        var lost = effective - final;
        Deduction[] combined = lost > 0m
            ? [new Deduction(
                lost,
                Name,
                outcome.Losses.All(l => l.Kind == DeductionKind.Judged) && outcome.Losses.Count > 0 ? DeductionKind.Judged : DeductionKind.Computed,
                Notes.Join([.. outcome.Losses.Select(l => l.Reason), .. clauses, ReportFormat.Deducted(lost)]),
                outcome.Losses.SelectMany(l => l.Inputs).Distinct().ToList(),
                outcome.Losses.SelectMany(l => l.Evidence).Distinct(StringComparer.Ordinal).ToList())]
            : [];
        return Scored(scaled, Followed(outcome.Note, Notes.Join(clauses)), outcome.Metric, outcome.Hit, combined, effective);
    }

    // The block's note, then what reallocation did: numbered, unless the block's note is numbered already (parts).
    private LocalizedText Followed(LocalizedText note, LocalizedText more) =>
        Plan.Block is Blocks.PartsBlock
            ? new LocalizedText($"{note.Chinese}；{more.Chinese}", $"{note.Get(Language.English)}; {more.Get(Language.English)}")
            : Notes.Numbered(note, more);

    /// <summary>
    /// The losses as deductions adding up to exactly <paramref name="lost"/>, the points lost after rounding: each loss
    /// rounded, and what rounding leaves over given to the largest.
    /// </summary>
    private List<Deduction> Reconciled(IReadOnlyList<Loss> losses, decimal lost)
    {
        if (lost <= 0m)
        {
            return [];
        }

        if (losses.Count == 0)
        {
            return [Deduction.Computed(lost, Name, ReportFormat.Deducted(lost))];
        }

        var amounts = losses.Select(l => ScoreRounding.Round(l.Points)).ToArray();
        var largest = Array.IndexOf(amounts, amounts.Max());
        amounts[largest] += lost - amounts.Sum();
        return [.. losses
            .Select((l, i) => (Loss: l, Points: amounts[i]))
            .Where(x => x.Points > 0m)
            .Select(x => new Deduction(x.Points, Name, x.Loss.Kind, x.Loss.Reason, x.Loss.Inputs, x.Loss.Evidence))];
    }

    /// <summary>The points moved in or out, as the note states them: “资金下达合法性”中的2分调整至该项.</summary>
    private LocalizedText? Moves(IReadOnlyList<WeightTransfer> transfers, IReadOnlyList<LocalizedText> reasons)
    {
        var clauses = new List<LocalizedText>(reasons);
        foreach (var group in transfers.Where(t => t.To == Code).GroupBy(t => t.From, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = NameOf(group.Key);
            var points = ReportFormat.Number(group.Sum(t => t.Points));
            clauses.Add(new LocalizedText($"“{name.Chinese}”中的{points}分调整至该项", $"{points} points of {name.Get(Language.English)} moved here"));
        }

        foreach (var group in transfers.Where(t => t.From == Code).GroupBy(t => t.To, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = NameOf(group.Key);
            var points = ReportFormat.Number(group.Sum(t => t.Points));
            clauses.Add(new LocalizedText($"{points}分调整至“{name.Chinese}”", $"{points} points moved to {name.Get(Language.English)}"));
        }

        return clauses.Count > 0 ? Notes.Join(clauses) : null;
    }

    private LocalizedText NameOf(string code) => Plan.Names.TryGetValue(code, out var name) ? name : new LocalizedText(code);
}
