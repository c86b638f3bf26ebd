using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 1.1.3 预算编制准确性 (accuracy of budget preparation), 5 points. Part 1 (3 points): the budget-to-final variance rate of
/// fiscal appropriation revenue, |final − budget| / budget, deducts 0.5 for every completed 5% (inclusive), down to 0.
/// Part 2 (2 points), from the budget lines (<see cref="BudgetLineItem"/>): 3 to 5 non-policy adjustments −0.5, 5 or
/// more −1; −0.5 per line adjusted by 20% or more; −0.5 per line whose final differs from its (adjusted) budget by 50%
/// or more; down to 0.
/// </summary>
public sealed class BudgetPreparationAccuracy : IndicatorRule, IMetricIndicator
{
    private const decimal PartTwoPoints = 2m;
    private const decimal LineDeduction = 0.5m;
    private const decimal AdjustmentThreshold = 0.20m;
    private const decimal VarianceThreshold = 0.50m;

    // Labels and fixed texts of every firing, built once: the rule fires again for each department whose facts change.
    private static readonly LocalizedText BudgetedRevenueLabel = new("预算收入", "budgeted revenue");
    private static readonly LocalizedText FinalRevenueLabel = new("决算收入", "final revenue");
    private static readonly LocalizedText RateName = new("差异率", "variance rate");

    private static readonly LocalizedText PartTwoInFull = new(
        $"预算调整调剂事项、调整比例及项目预决算差异均未达到扣分标准，得{ReportFormat.Points(PartTwoPoints)}分",
        $"no adjustment count, adjustment ratio or line variance reaches a deduction, {ReportFormat.Awarded(PartTwoPoints).English}");

    // "差异率=0，本项指标得满分3分；每增加5%（含）扣减0.5分，直至扣完为止": completed steps, each reached at its threshold
    // (the specification's choice: 4.99% → 3, 5% → 2.5).
    private static readonly StepScale PartOne = new(0m, 0.05m, 0.5m, 3m, StepCounting.EveryCompletedStep);

    // "非统一政策原因发生的预算调整或调剂事项3项（含）至5项扣0.5分，5项及以上扣1分": 5 takes the heavier deduction, as
    // "5项及以上" explicitly includes it. Band points here are points deducted.
    private static readonly BandScale NonPolicyAdjustments = new(
        new Band(Interval.ClosedOpen(0m, 3m), 0m),
        new Band(Interval.ClosedOpen(3m, 5m), 0.5m),
        new Band(Interval.AtLeast(5m), 1m));

    // Part 2 depends on the budget lines alone, and is kept for the lines that scored it last: departments made from one
    // template share their line instances, and a batch re-fires this rule for every department whose budget changed.
    // Written and read as one immutable object, so threads scoring at once at worst each compute their own.
    private volatile LinesPart? _lastLines;

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "1.1.3",
        new LocalizedText("预算编制准确性", "Accuracy of budget preparation"),
        5m,
        new LocalizedText(
            "财政拨款收入预决算差异率=（收入决算数-收入预算数）/收入预算数*100%（取绝对值），相关数据取自部门决算报表财决01-1表。1. 主要依据财政拨款收入预决算差异率评分，差异率=0，本项指标得满分3分；每增加5%（含）扣减0.5分，直至扣完为止。属按程序办理了预算调整或调剂、年度执行中上级增加安排资金、转移支付补助县区等影响的，且单位所附文字说明具体事项和金额清晰合理，可按调整后的收入预算数计算得分。 2. 项目预算、功能分类和经济分类等预算编制的准确性（2分）。主要依据所附上年度预算收支的相关材料评分，其中：非统一政策原因发生的预算调整或调剂事项3项（含）至5项扣0.5分，5项及以上扣1分；出现预算调整或调剂比例20%（含）以上项目1项扣0.5分，直至扣完；出现预决算差异率（取调整后预算）50%（含）以上项目1项扣0.5分，直至扣完。",
            "Fiscal appropriation revenue variance rate = |final revenue − budgeted revenue| / budgeted revenue, from final-accounts table 01-1. 1. Variance rate 0: the full 3 points; every further 5% (inclusive) deducts 0.5, down to 0; a documented adjusted revenue budget may replace the budget. 2. Accuracy of project, functional and economic budgets (2 points): 3 (inclusive) to 5 non-policy adjustments deduct 0.5, 5 or more deduct 1; each line adjusted by 20% (inclusive) or more deducts 0.5; each line whose final differs from its (adjusted) budget by 50% (inclusive) or more deducts 0.5; down to 0."));

    /// <inheritdoc />
    /// <remarks>The metric is part 1's variance rate of the fiscal appropriation revenue; part 2's deductions stay as they are.</remarks>
    public MetricScale Scale { get; } = MetricScale.Of(RateName, Interval.AtLeast(0m), MetricDirection.LowerIsBetter, PartOne);

    /// <inheritdoc />
    /// <remarks>Moves the final revenue (决算收入) above the budget; the budget stays as it is.</remarks>
    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.OfType<BudgetExecution>().ToList() is not [var budget] || value < 0m || budget.FiscalAppropriationRevenueBudget <= 0m)
        {
            return null;
        }

        var changed = budget with { FiscalAppropriationRevenueFinal = budget.FiscalAppropriationRevenueBudget * (1m + value) };
        return new MetricAdjustment([.. facts.Select(f => ReferenceEquals(f, budget) ? changed : f)], nameof(BudgetExecution), nameof(BudgetExecution.FiscalAppropriationRevenueFinal), budget.FiscalAppropriationRevenueFinal, changed.FiscalAppropriationRevenueFinal);
    }

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<BudgetExecution> budgets = null!;
        IReadOnlyList<BudgetLineItem> lines = null!;
        When()
            .Collect(() => budgets)
            .Collect(() => lines);
        Then()
            .Yield(_ => Score(budgets, lines));
    }

    // The other facts go to the scoring as state for a static function: a lambda capturing them would be allocated,
    // with its delegate, on every firing.
    private IndicatorResult Score(IReadOnlyList<BudgetExecution> budgets, IReadOnlyList<BudgetLineItem> lines) =>
        FromSingle(budgets, (Rule: this, Lines: lines), static (budget, s) => s.Rule.Score(budget, s.Lines));

    private IndicatorResult Score(BudgetExecution budget, IReadOnlyList<BudgetLineItem> lines)
    {
        var part = PartTwo(lines);
        if (part.Problems is { } problems)
        {
            return Invalid(problems);
        }

        if (part.IsMissing)
        {
            // Part 2 is scored "主要依据所附上年度预算收支的相关材料": without any budget line there is nothing to score it on.
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote,
                new FactProblem(nameof(BudgetLineItem), "*", new LocalizedText("缺少项目预算明细（BudgetLineItem事实）", "No BudgetLineItem fact was given")));
        }

        // A zero budget has no variance rate: each part names the facts at fault, and both parts are checked at once.
        (MetricValue Metric, StepResult Step)? partOne = null;
        List<FactProblem>? unmeasurable = null;
        try
        {
            partOne = PartOneStep(budget);
        }
        catch (ZeroDenominatorException exception)
        {
            (unmeasurable ??= []).Add(Unmeasurable(exception, nameof(BudgetExecution)));
        }

        if (part.Unmeasurable is { } lineProblem)
        {
            (unmeasurable ??= []).Add(lineProblem);
        }

        if (unmeasurable is not null)
        {
            return Invalid(unmeasurable);
        }

        // Part 1 was measured, or the problem above was returned.
        var (metric, step) = partOne!.Value;
        var stepped = step.Describe();
        var deductions = new List<Deduction>();
        if (step.PointsDeducted > 0m)
        {
            deductions.Add(Deduction.Computed(step.PointsDeducted, Name, Notes.Join(Notes.Computation(metric), stepped), metric.Inputs));
        }

        deductions.AddRange(part.Deductions);
        return Scored(step.Score + part.Score, Notes.Numbered(Notes.Step(metric, step), part.Note), metric, stepped, deductions);
    }

    // Part 2 of these lines: the one kept when the lines are the same instances in the same order, else scored anew.
    private LinesPart PartTwo(IReadOnlyList<BudgetLineItem> lines)
    {
        var last = _lastLines;
        if (last is not null && last.IsFor(lines))
        {
            return last;
        }

        var part = ScorePartTwo(lines);
        _lastLines = part;
        return part;
    }

    private LinesPart ScorePartTwo(IReadOnlyList<BudgetLineItem> given)
    {
        // Sorted once: PartTwoDeductions finds the lines already in order and takes them as they are.
        var lines = StableOrder.Sorted(given, StableOrder.BudgetLines);
        var problems = Unscored.ProblemsOf(lines);
        if (problems.Count > 0)
        {
            return LinesPart.Invalid(given, problems);
        }

        if (lines.Count == 0)
        {
            return LinesPart.Missing(given);
        }

        var repeated = Repeated(lines);
        if (repeated.Count > 0)
        {
            return LinesPart.Invalid(given, repeated.ConvertAll(name => new FactProblem(nameof(BudgetLineItem), nameof(BudgetLineItem.Name),
                new LocalizedText($"预算项目“{name}”重复", $"The budget line '{name}' is given more than once"))));
        }

        List<Deduction> partTwo;
        try
        {
            partTwo = PartTwoDeductions(lines);
        }
        catch (ZeroDenominatorException exception)
        {
            return LinesPart.Unmeasured(given, Unmeasurable(exception, nameof(BudgetLineItem)));
        }

        var partTwoScore = PartTwoPoints - partTwo.Sum(d => d.Points);
        var partTwoNote = partTwo.Count == 0
            ? PartTwoInFull
            : Notes.Join([.. partTwo.Select(d => d.Reason), LocalizedText.WithEnglishOnRead($"该部分得{ReportFormat.Points(partTwoScore)}分", partTwoScore, static p => $"this part {ReportFormat.Awarded(p).English}")]);
        return LinesPart.Scored(given, partTwo, partTwoScore, partTwoNote);
    }

    // The names given to more than one line, in order; the lines are sorted by name, so a name's lines are adjacent.
    private static List<string> Repeated(IReadOnlyList<BudgetLineItem> lines)
    {
        var repeated = new List<string>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Name == lines[i - 1].Name && (repeated.Count == 0 || repeated[^1] != lines[i].Name))
            {
                repeated.Add(lines[i].Name);
            }
        }

        return repeated;
    }

    // A part a zero denominator leaves without a rate, as a problem naming the facts. The parts catch the exception
    // themselves rather than through a helper taking a lambda: the lambda and its captures would be allocated on every
    // evaluation, for an error that is rare.
    private FactProblem Unmeasurable(ZeroDenominatorException exception, string factType) =>
        new(factType, "*", new LocalizedText(
            $"{Indicator.Name.Chinese}无法计分：{exception.Message}", $"{Indicator.Name.Get(Language.English)} cannot be scored: {exception.Message}"));

    private static (MetricValue Metric, StepResult Step) PartOneStep(BudgetExecution budget)
    {
        var budgeted = ScoringInput.Of(BudgetedRevenueLabel, budget.FiscalAppropriationRevenueBudget, ValueUnit.WanYuan, nameof(BudgetExecution), nameof(BudgetExecution.FiscalAppropriationRevenueBudget));
        var final = ScoringInput.Of(FinalRevenueLabel, budget.FiscalAppropriationRevenueFinal, ValueUnit.WanYuan, nameof(BudgetExecution), nameof(BudgetExecution.FiscalAppropriationRevenueFinal));
        var metric = Variance(RateName, budgeted, final, "财政拨款收入预决算差异率");
        return (metric, PartOne.Apply(metric.Value));
    }

    // The rate takes the absolute value ("取绝对值"); the arithmetic subtracts the smaller from the larger so that it
    // reads as the report writes it: （1518.82-1030.36）/1030.36.
    private static MetricValue Variance(LocalizedText name, ScoringInput budgeted, ScoringInput final, string what)
    {
        var budget = budgeted.Value!.Value;
        var actual = final.Value!.Value;
        var template = actual >= budget ? "({1}-{0})/{0}" : "({0}-{1})/{0}";
        var value = actual == budget ? 0m : Ratio.Of(Math.Abs(actual - budget), budget, what);
        return new MetricValue(name, template, value, ValueUnit.Percent, budgeted, final);
    }

    private List<Deduction> PartTwoDeductions(IReadOnlyList<BudgetLineItem> lines)
    {
        var found = new List<(decimal Points, LocalizedText Reason, IReadOnlyList<ScoringInput> Inputs)>();
        var adjusted = lines.Count(l => l.IsNonPolicyAdjustment);
        var countHit = NonPolicyAdjustments.Classify(adjusted);
        if (countHit.Points > 0m)
        {
            found.Add((countHit.Points,
                LocalizedText.WithEnglishOnRead(
                    $"非统一政策原因发生的预算调整或调剂事项{adjusted}项，{ReportFormat.Deducted(countHit.Points).Chinese}",
                    (adjusted, countHit.Points),
                    static s => $"{s.adjusted} non-policy budget adjustments, {ReportFormat.Deducted(s.Points).English}"),
                [ScoringInput.Of(new LocalizedText("非统一政策原因的预算调整或调剂事项数", "non-policy budget adjustments"), adjusted, ValueUnit.Items, nameof(BudgetLineItem), nameof(BudgetLineItem.IsNonPolicyAdjustment))]));
        }

        foreach (var line in StableOrder.Sorted(lines, StableOrder.BudgetLines))
        {
            var budget = ScoringInput.Of(LocalizedText.WithEnglishOnRead($"{line.Name}预算数", line.Name, static name => $"{name} budget"), line.Budget, ValueUnit.WanYuan, nameof(BudgetLineItem), nameof(BudgetLineItem.Budget));
            if (line.AdjustedBudget is { } adjustedBudget && adjustedBudget != line.Budget)
            {
                var after = ScoringInput.Of(AdjustedBudgetLabel(line.Name), adjustedBudget, ValueUnit.WanYuan, nameof(BudgetLineItem), nameof(BudgetLineItem.AdjustedBudget));
                var ratio = Variance(new LocalizedText("预算调整比例", "adjustment ratio"), budget, after, $"{line.Name}预算调整比例");
                if (ratio.Value >= AdjustmentThreshold)
                {
                    found.Add((LineDeduction, LineReason(line.Name, "调整后预算", "adjusted budget", ratio, AdjustmentThreshold), ratio.Inputs));
                }
            }

            var compared = line.AdjustedBudget is null
                ? budget
                : ScoringInput.Of(AdjustedBudgetLabel(line.Name), line.EffectiveBudget, ValueUnit.WanYuan, nameof(BudgetLineItem), nameof(BudgetLineItem.AdjustedBudget));
            var final = ScoringInput.Of(LocalizedText.WithEnglishOnRead($"{line.Name}决算数", line.Name, static name => $"{name} final"), line.Final, ValueUnit.WanYuan, nameof(BudgetLineItem), nameof(BudgetLineItem.Final));
            var variance = Variance(new LocalizedText("预决算差异率", "budget-to-final variance"), compared, final, $"{line.Name}预决算差异率");
            if (variance.Value >= VarianceThreshold)
            {
                found.Add((LineDeduction, LineReason(line.Name, "决算", "final", variance, VarianceThreshold), variance.Inputs));
            }
        }

        // "直至扣完": part 2 as a whole loses at most its 2 points; the deduction that reaches the floor is cut.
        var deductions = new List<Deduction>();
        var left = PartTwoPoints;
        foreach (var (points, reason, inputs) in found)
        {
            var taken = Math.Min(points, left);
            if (taken <= 0m)
            {
                break;
            }

            var text = taken < points
                ? LocalizedText.WithEnglishOnRead(
                    $"{reason.Chinese}（第2部分扣至0分为止，实扣{ReportFormat.Points(taken)}分）",
                    (reason, taken),
                    static s => $"{s.reason.Get(Language.English)} (part 2 floored at 0: {ReportFormat.Points(s.taken)} deducted)")
                : reason;
            deductions.Add(Deduction.Computed(taken, Name, text, inputs));
            left -= taken;
        }

        return deductions;
    }

    // "机关运行经费预算数20.88万元，决算数79.78万元，预决算差异率=（79.78-20.88）/20.88=282.09%，达到50%，扣0.5分".
    private static LocalizedText LineReason(string line, string comparedChinese, string comparedEnglish, MetricValue metric, decimal threshold)
    {
        var first = metric.Inputs[0];
        var second = metric.Inputs[1];
        var computation = Notes.Computation(metric);
        var deducted = ReportFormat.Deducted(LineDeduction);
        var firstChinese = first.SourceField == nameof(BudgetLineItem.AdjustedBudget) ? "调整后预算数" : "预算数";
        return LocalizedText.WithEnglishOnRead(
            $"{line}{firstChinese}{first.FormatValue()}，{comparedChinese}数{second.FormatValue()}，{computation.Chinese}，达到{ReportFormat.PercentBound(threshold)}，{deducted.Chinese}",
            (line, comparedEnglish, metric, computation, threshold, deducted),
            static s => LineReasonInEnglish(s.line, s.comparedEnglish, s.metric, s.computation, s.threshold, s.deducted));
    }

    private static string LineReasonInEnglish(string line, string comparedEnglish, MetricValue metric, LocalizedText computation, decimal threshold, LocalizedText deducted)
    {
        var first = metric.Inputs[0];
        var second = metric.Inputs[1];
        var firstEnglish = first.SourceField == nameof(BudgetLineItem.AdjustedBudget) ? "adjusted budget" : "budget";
        return $"{line}: {firstEnglish} {first.FormatValue(Language.English)}, {comparedEnglish} {second.FormatValue(Language.English)}, {computation.Get(Language.English)}, at least {ReportFormat.PercentBound(threshold)}, {deducted.English}";
    }

    private static LocalizedText AdjustedBudgetLabel(string line) =>
        LocalizedText.WithEnglishOnRead($"{line}调整后预算数", line, static name => $"{name} adjusted budget");

    /// <summary>
    /// Part 2 of one sequence of budget lines: what stops the indicator before scoring (invalid or repeated lines, no
    /// lines, a zero budget), or the deductions, points and note. Immutable, so scorecards of any thread may share it.
    /// </summary>
    private sealed class LinesPart
    {
        private readonly BudgetLineItem[] _lines;

        private LinesPart(IReadOnlyList<BudgetLineItem> lines)
        {
            _lines = [.. lines];
        }

        /// <summary>The lines' own problems, or the names given twice: the indicator is not scored.</summary>
        public IReadOnlyList<FactProblem>? Problems { get; private init; }

        /// <summary>No line was given: the indicator is missing data.</summary>
        public bool IsMissing { get; private init; }

        /// <summary>A line with a zero budget has no variance rate: the indicator reports it after part 1's problem, if any.</summary>
        public FactProblem? Unmeasurable { get; private init; }

        /// <summary>Part 2's deductions, after the floor at 0.</summary>
        public IReadOnlyList<Deduction> Deductions { get; private init; } = [];

        /// <summary>Part 2's points.</summary>
        public decimal Score { get; private init; }

        /// <summary>Part 2's note: its deductions and points, or that none applies.</summary>
        public LocalizedText Note { get; private init; } = PartTwoInFull;

        public static LinesPart Invalid(IReadOnlyList<BudgetLineItem> lines, IReadOnlyList<FactProblem> problems) => new(lines) { Problems = problems };

        public static LinesPart Missing(IReadOnlyList<BudgetLineItem> lines) => new(lines) { IsMissing = true };

        public static LinesPart Unmeasured(IReadOnlyList<BudgetLineItem> lines, FactProblem problem) => new(lines) { Unmeasurable = problem };

        public static LinesPart Scored(IReadOnlyList<BudgetLineItem> lines, IReadOnlyList<Deduction> deductions, decimal score, LocalizedText note) =>
            new(lines) { Deductions = deductions, Score = score, Note = note };

        /// <summary>Whether <paramref name="lines"/> are the very instances this part was scored from, in the same order.</summary>
        public bool IsFor(IReadOnlyList<BudgetLineItem> lines)
        {
            if (lines.Count != _lines.Length)
            {
                return false;
            }

            for (var i = 0; i < _lines.Length; i++)
            {
                if (!ReferenceEquals(lines[i], _lines[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
