using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 4.2.1 重点工作完成效率 (key-work efficiency), 5 points: the mean of two external assessment results on a 100-point
/// scale, times 5: (a/100 + b/100) / 2 × 5, rounded once, half away from zero (the table's own example: 4.625 → 4.63).
/// </summary>
/// <remarks>
/// <para>Facts: exactly two <see cref="ExternalAssessment"/> facts, the final results (not self-scores); which is which
/// does not matter (the mean is symmetric), and they are listed by name. A score out of another full mark is first
/// converted to 100 ("如按100分折算").</para>
/// <para>A tier (等次) counts as the score this rule set's equivalence table gives it, which holds only what the report
/// states: 二等奖 → 85 ("视同为85分"). Any other tier is an error, never a guess (add it to the table); a fact that
/// states another equivalent for a known tier contradicts the table and is an error too.</para>
/// </remarks>
public sealed class KeyWorkEfficiency : IndicatorRule
{
    // "人社局2022年度“四个全面”绩效考核为二等奖（视同为85分）".
    private static readonly EquivalentScale Tiers = new([new KeyValuePair<string, decimal>("二等奖", 85m)]);

    private const decimal FullMark = 100m;

    private const int AssessmentsRequired = 2;

    private const decimal Points = 5m;

    // The scoring and the formula are the same in every evaluation, so built once.
    private static readonly Proportional Scoring = new(Points, ExcessPolicy.CapAtFull);

    private static readonly string Formula = $"({{0}}+{{1}})/{AssessmentsRequired}*{ReportFormat.Number(Points)}";

    private static readonly LocalizedText ScoreName = new("得分", "score");

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "4.2.1",
        new LocalizedText("重点工作完成效率", "Key-work efficiency"),
        Points,
        new LocalizedText(
            "重点工作完成率主要参考市直机关“四个全面”绩效考核关于重点任务的考核数据计分（包括市委督查和政府督查两部分，取最终考核得分而非部门自评分），如按100分折算市委督查得分95分、政府督查得分90分，则本项指标得分=(0.95+0.9)/2*5=4.625 得分4.63分。",
            "Scored from the final key-task results of the 'four comprehensives' performance assessment (party-committee and government inspection parts, final scores, not self-scores): on a 100-point scale, 95 and 90 give (0.95 + 0.9) / 2 × 5 = 4.625 → 4.63."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<ExternalAssessment> assessments = null!;
        When()
            .Collect(() => assessments);
        Then()
            .Yield(_ => Score(assessments));
    }

    private IndicatorResult Score(IReadOnlyList<ExternalAssessment> assessments)
    {
        if (assessments.Count == 0)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, Unscored.Absent(nameof(ExternalAssessment),
                $"缺少ExternalAssessment事实：本指标需要{AssessmentsRequired}项考核结果", $"No ExternalAssessment fact: this indicator needs {AssessmentsRequired} assessment results"));
        }

        var sorted = StableOrder.Sorted(assessments, StableOrder.Assessments);
        var errors = Unscored.ProblemsOf(sorted);
        if (sorted.Count != AssessmentsRequired)
        {
            errors.Add(Unscored.Problem(nameof(ExternalAssessment), "*",
                $"应有{AssessmentsRequired}项考核结果，实际有{sorted.Count}项", $"Expected {AssessmentsRequired} assessment results, got {sorted.Count}"));
        }

        // The input goes to the scoring as state for a static function: a lambda capturing it would be allocated, with
        // its delegate, on every firing.
        return errors.Count > 0 ? Invalid(errors) : Guarded((Rule: this, Sorted: sorted), static s => s.Rule.Tally(s.Sorted), nameof(ExternalAssessment));
    }

    // The assessments are walked by index into arrays, without LINQ: the rule fires on every evaluation, and LINQ's
    // iterators, lists and lambdas cost more than the arithmetic.
    private IndicatorResult Tally(IReadOnlyList<ExternalAssessment> assessments)
    {
        var results = new Converted[assessments.Count];
        List<FactProblem>? contradictions = null;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Convert(assessments[i]);
            if (results[i].Contradiction is { } contradiction)
            {
                (contradictions ??= []).Add(contradiction);
            }
        }

        if (contradictions is not null)
        {
            return Invalid(contradictions);
        }

        var outOf100 = new decimal[results.Length];
        var statements = new LocalizedText[results.Length];
        var cited = 0;
        for (var i = 0; i < results.Length; i++)
        {
            outOf100[i] = results[i].OutOf100;
            statements[i] = results[i].Statement;
            cited += results[i].Inputs.Length;
        }

        var average = Scoring.ApplyAverage(FullMark, outOf100);
        var ratios = new ScoringInput[results.Length];
        var inputs = new ScoringInput[cited];
        cited = 0;
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i];
            ratios[i] = ScoringInput.Of(result.RatioLabel, average.Ratios[i], ValueUnit.None, nameof(ExternalAssessment), result.Field);
            result.Inputs.CopyTo(inputs, cited);
            cited += result.Inputs.Length;
        }

        var metric = new MetricValue(ScoreName, Formula, average.UnroundedScore, ValueUnit.Points, ratios);
        var stated = Notes.Numbered(statements);
        var points = ReportFormat.Points(average.UnroundedScore);
        var arithmetic = LocalizedText.WithEnglishOnRead(
            $"得分={Notes.FullWidth(metric.Arithmetic.Chinese)}={points}",
            (metric, points),
            static s => $"score = {s.metric.Arithmetic.Get(Language.English)} = {s.points}");
        var lost = Weight - average.Score;
        Deduction[] deductions = lost > 0m
            ? [Deduction.Computed(lost, Name, Notes.Join(arithmetic, ReportFormat.Deducted(lost)), inputs)]
            : [];
        var note = LocalizedText.WithEnglishOnRead(
            $"{stated.Chinese}；{arithmetic.Chinese}", (stated, arithmetic), static s => $"{s.stated.Get(Language.English)}; {s.arithmetic.Get(Language.English)}");
        return Scored(average.UnroundedScore, note, metric, deductions: deductions);
    }

    private static Converted Convert(ExternalAssessment assessment)
    {
        if (assessment.Score is { } score)
        {
            var outOf100 = score * FullMark / assessment.FullMark;
            var scored = ReportFormat.Number(score);
            var statement = assessment.FullMark == FullMark
                ? LocalizedText.WithEnglishOnRead($"{assessment.Name}{scored}分", (assessment.Name, scored), static s => $"{s.Name}: {s.scored} points")
                : Rescaled(assessment.Name, scored, ReportFormat.Number(assessment.FullMark), ReportFormat.Number(outOf100));
            return new Converted(
                statement,
                outOf100,
                LocalizedText.WithEnglishOnRead($"{assessment.Name}得分/100", assessment.Name, static name => $"{name} score / 100"),
                nameof(ExternalAssessment.Score),
                [ScoringInput.Of(LocalizedText.WithEnglishOnRead($"{assessment.Name}得分", assessment.Name, static name => $"{name} score"), score, ValueUnit.Points, nameof(ExternalAssessment), nameof(ExternalAssessment.Score))],
                null);
        }

        var tier = Tiers.Map(assessment.Tier!);
        var equivalent = ReportFormat.Number(tier.Score);
        FactProblem? contradiction = null;
        if (assessment.TierEquivalentScore is { } stated && stated != tier.Score)
        {
            var statedText = ReportFormat.Number(stated);
            contradiction = Unscored.Problem(nameof(ExternalAssessment), nameof(ExternalAssessment.TierEquivalentScore),
                $"{assessment.Name}的{tier.Label}视同{statedText}分，与本规则集的等次换算（{tier.Label}视同{equivalent}分）不符",
                $"{assessment.Name}: {tier.Label} stated as {statedText}, but this rule set counts it as {equivalent}");
        }

        return new Converted(
            LocalizedText.WithEnglishOnRead(
                $"{assessment.Name}为{tier.Label}（视同为{equivalent}分）", (assessment.Name, tier.Label, equivalent), static s => $"{s.Name}: {s.Label} (counts as {s.equivalent})"),
            tier.Score,
            LocalizedText.WithEnglishOnRead($"{assessment.Name}视同得分/100", assessment.Name, static name => $"{name} equivalent score / 100"),
            nameof(ExternalAssessment.Tier),
            [
                ScoringInput.OfText(LocalizedText.WithEnglishOnRead($"{assessment.Name}等次", assessment.Name, static name => $"{name} tier"), tier.Label, nameof(ExternalAssessment), nameof(ExternalAssessment.Tier)),
                ScoringInput.Of(LocalizedText.WithEnglishOnRead($"{tier.Label}视同得分", tier.Label, static label => $"{label} equivalent score"), tier.Score, ValueUnit.Points),
            ],
            contradiction);
    }

    // A score on another scale, and what it comes to out of 100.
    private static LocalizedText Rescaled(string name, string score, string fullMark, string outOf100) => LocalizedText.WithEnglishOnRead(
        $"{name}{score}分（满分{fullMark}分，折算为{outOf100}分）", (name, score, fullMark, outOf100), static s => $"{s.name}: {s.score} points of {s.fullMark}, {s.outOf100} of 100");

    // One assessment on the 100-point scale: how the note states it, its score out of 100, the label of its ratio in
    // the formula, the fact field the ratio comes from, the inputs a deduction cites, and any contradiction found.
    // A struct: made for each assessment on every evaluation, and dropped when the rule has fired.
    private readonly record struct Converted(
        LocalizedText Statement, decimal OutOf100, LocalizedText RatioLabel, string Field, ScoringInput[] Inputs, FactProblem? Contradiction);
}
