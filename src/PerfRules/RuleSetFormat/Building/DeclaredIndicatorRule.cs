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

    public string Fingerprint => Plan.Fingerprint.Value;

    internal LeafPlan Plan { get; } = plan;

    public override void Define()
    {
        ScoringEnvironment environment = null!;
        IReadOnlyList<object> facts = null!;
        IReadOnlyList<WeightTransfer> transfers = null!;
        // Read here, not in the conditions: the engine reads the values conditions capture by reflection when it compiles
        // them, and a captured local is a field, where a property (this.Plan, then .Filter) costs a reflection stub each.
        var filter = Plan.Filter;
        var code = Indicator.Code;
        When()
            .Match(() => environment)
            .Collect(() => facts, f => filter.Accepts(f))
            .Collect(() => transfers, t => t.From == code || t.To == code);
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
        if (Check(context) is { } failed)
        {
            return failed;
        }

        var reasons = new List<LocalizedText>();
        foreach (var reallocation in Plan.Reallocations)
        {
            var holds = reallocation.When.Evaluate(context);
            if (holds.Kind != FormulaValueKind.Boolean)
            {
                return Result(reallocation.When.Failure(holds));
            }

            // A parts block whose parts word their own not-applicable notes says there why its points went.
            var stated = reallocation.To.Contains(Code) || Plan.Block is not Blocks.PartsBlock { StatesWherePointsGo: true };
            if (holds.AsBoolean() && reallocation.Reason is { } reason && stated)
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
                if (Plan.NotApplicableNote is { } template)
                {
                    return template.Render(context, null, out var failure) is { } written ? NotApplicable(written) : Result(failure!);
                }

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

    /// <summary>
    /// Runs the checks in order: each condition that holds adds its problem; a single-fact check waits for the checks
    /// before it to pass and stops them after it when its fact is absent or repeated. Errors come before missing data.
    /// </summary>
    private IndicatorResult? Check(BlockContext context)
    {
        var errors = new List<FactProblem>();
        var missing = new List<FactProblem>();
        foreach (var check in Plan.Checks)
        {
            if (check is SingleFactCheck single)
            {
                if (errors.Count > 0 || missing.Count > 0)
                {
                    break;
                }

                var count = context.Scope.FactsOf(single.Type.Type).Count;
                if (count == 0)
                {
                    missing.Add(new FactProblem(single.Type.Name, "*", new LocalizedText($"缺少{single.Type.Name}事实", $"No {single.Type.Name} fact was given")));
                    break;
                }

                if (count > 1)
                {
                    errors.Add(new FactProblem(single.Type.Name, "*", new LocalizedText(
                        $"应有一个{single.Type.Name}事实，实际有{count}个", $"Expected one {single.Type.Name} fact, got {count}")));
                    break;
                }

                continue;
            }

            if (check is UniqueCheck unique)
            {
                if (Unique(unique, context, out var uniqueFailure) is { } repeated)
                {
                    errors.Add(repeated);
                }

                if (uniqueFailure is not null)
                {
                    errors.AddRange(uniqueFailure.Errors);
                    missing.AddRange(uniqueFailure.Missing);
                }

                continue;
            }

            var condition = (ConditionCheck)check;
            var holds = condition.When.Evaluate(context);
            BlockOutcome? failure = null;
            if (holds.Kind != FormulaValueKind.Boolean)
            {
                failure = condition.When.Failure(holds);
            }
            else if (holds.AsBoolean())
            {
                if (condition.Problem.Render(context, out failure) is { } problem)
                {
                    (condition.Problem.IsError ? errors : missing).Add(problem);
                }
            }

            if (failure is not null)
            {
                errors.AddRange(failure.Errors);
                missing.AddRange(failure.Missing);
            }
        }

        return errors.Count > 0 ? Invalid(errors)
            : missing.Count > 0 ? IndicatorResult.MissingData(Code, Weight, new LocalizedText("缺少计分所需数据，未计分", "Required data missing: not scored"), missing)
            : null;
    }

    // The problem of a field whose value two facts share, or null; an undecidable condition is the failure instead.
    private static FactProblem? Unique(UniqueCheck check, BlockContext context, out BlockOutcome? failure)
    {
        failure = null;
        var values = new List<FormulaValue>();
        foreach (var fact in context.Scope.FactsOf(check.Type.Type))
        {
            if (check.Where is { } where)
            {
                var test = where.Formula.EvaluateFor(context.Scope, fact);
                if (test.Kind != FormulaValueKind.Boolean)
                {
                    failure = where.Failure(test);
                    return null;
                }

                if (!test.AsBoolean())
                {
                    continue;
                }
            }

            if (check.Field.Read(fact) is { } value)
            {
                values.Add(value);
            }
        }

        var repeated = values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).Order(StringComparer.Ordinal).ToList();
        if (repeated.Count == 0)
        {
            return null;
        }

        var message = check.Message is null
            ? new LocalizedText(
                $"{check.Type.Name}.{check.Field.Name}的值{string.Join("、", repeated)}重复", $"{check.Type.Name}.{check.Field.Name} repeats the value(s) {string.Join(", ", repeated)}")
            : check.Message.Render(context, null, out failure);
        return message is null ? null : new FactProblem(check.Type.Name, check.Field.Name, message);
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
        // Worded as the report words it: 该指标总得分=6*3/4=4.5.
        var rescale = LocalizedText.WithEnglishOnRead(
            $"该指标总得分={ReportFormat.Number(effective)}*{ReportFormat.Points(exact)}/{ReportFormat.Number(basis)}={ReportFormat.Points(scaled)}",
            (effective, exact, basis, scaled),
            static s => $"score = {ReportFormat.Number(s.effective)} × {ReportFormat.Points(s.exact)}/{ReportFormat.Number(s.basis)} = {ReportFormat.Points(s.scaled)}");
        var rescaling = LocalizedText.WithEnglishOnRead(
            $"按调整后分值{ReportFormat.Number(effective)}分折算", effective, static e => $"rescaled to the effective weight of {ReportFormat.Number(e)}");
        var outOf = LocalizedText.WithEnglishOnRead($"满分{ReportFormat.Number(basis)}分", basis, static b => $"out of {ReportFormat.Number(b)}");
        LocalizedText[] clauses = moves is null ? [rescale] : [moves, rescale];
        LocalizedText[] explained = moves is null ? [outOf, rescaling, rescale] : [outOf, moves, rescaling, rescale];
        var lost = effective - final;
        Deduction[] combined = lost > 0m
            ? [new Deduction(
                lost,
                Name,
                outcome.Losses.All(l => l.Kind == DeductionKind.Judged) && outcome.Losses.Count > 0 ? DeductionKind.Judged : DeductionKind.Computed,
                Notes.Join([.. outcome.Losses.Select(l => BoundTemplate.Deducted(l.Reason, ScoreRounding.Round(l.Points))), .. explained, ReportFormat.Deducted(lost)]),
                outcome.Losses.SelectMany(l => l.Inputs).Distinct().ToList(),
                outcome.Losses.SelectMany(l => l.Evidence).Distinct(StringComparer.Ordinal).ToList())]
            : [];
        return Scored(scaled, Followed(outcome.Note, Notes.Join(clauses)), outcome.Metric, outcome.Hit, combined, effective);
    }

    // The block's note, then what reallocation did: numbered, unless the block's note is numbered already (parts).
    private LocalizedText Followed(LocalizedText note, LocalizedText more) =>
        Plan.Block is Blocks.PartsBlock
            ? LocalizedText.WithEnglishOnRead($"{note.Chinese}；{more.Chinese}", (note, more), static s => $"{s.note.Get(Language.English)}; {s.more.Get(Language.English)}")
            : Notes.Numbered(note, more);

    /// <summary>
    /// The losses as deductions adding up to exactly <paramref name="lost"/>, the points lost after rounding: each loss
    /// rounded, and what rounding leaves over given to the losses rounding changed, the last first, so that a loss that
    /// was exact (0.5 for an approval made late) keeps its points and an inexact one (1.225 of a proportional part)
    /// absorbs the difference.
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
        var residue = lost - amounts.Sum();
        foreach (var inexactOnly in new[] { true, false })
        {
            for (var i = losses.Count - 1; i >= 0 && residue != 0m; i--)
            {
                if (inexactOnly && losses[i].Points == amounts[i])
                {
                    continue;
                }

                var taken = Math.Max(residue, -amounts[i]);
                amounts[i] += taken;
                residue -= taken;
            }
        }

        return [.. losses
            .Select((l, i) => (Loss: l, Points: amounts[i]))
            .Where(x => x.Points > 0m)
            .Select(x => new Deduction(x.Points, Name, x.Loss.Kind, BoundTemplate.Deducted(x.Loss.Reason, x.Points), x.Loss.Inputs, x.Loss.Evidence))];
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

        // A parts block whose parts word their own not-applicable notes says there where the points went.
        var given = Plan.Block is Blocks.PartsBlock { StatesWherePointsGo: true } ? [] : transfers.Where(t => t.From == Code);
        foreach (var group in given.GroupBy(t => t.To, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = NameOf(group.Key);
            var points = ReportFormat.Number(group.Sum(t => t.Points));
            clauses.Add(new LocalizedText($"{points}分调整至“{name.Chinese}”", $"{points} points moved to {name.Get(Language.English)}"));
        }

        return clauses.Count > 0 ? Notes.Join(clauses) : null;
    }

    private LocalizedText NameOf(string code) => Plan.Names.TryGetValue(code, out var name) ? name : new LocalizedText(code);
}
