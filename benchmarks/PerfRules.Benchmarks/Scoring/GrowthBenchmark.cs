using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PerfRules.Benchmarks.Columns;
using PerfRules.Benchmarks.Scoring.Baseline;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Benchmarks.Scoring;

/// <summary>
/// Target 6 of the performance issue: the golden case's evaluation with 10, 100, 1,000 and 10,000 findings and as many
/// records, in one table. The Time/record column is the mean over the records added; the target is that time grows no
/// worse than linearly (the 10,000 case costs at most 1.5 times per record what the 1,000 case costs).
/// </summary>
/// <remarks>
/// <para>Findings are <see cref="EvaluatorFinding"/> facts of 0.01 points each, spread over the five indicators the
/// evaluator judges by findings (2.1.7 with a voucher as its evidence, 4.3.1, 1.2.2, 2.3.1, 3.2.3); past an indicator's
/// points the floor at 0 takes over and the note lists the rest as not deducted.</para>
/// <para>Records are <see cref="BudgetLineItem"/> facts (项目预算明细), each compared with its final figure by 1.1.3. The
/// Suixi model has no record per purchase: <see cref="Procurement"/> is the department's total from final-accounts
/// table 附03, one fact, and a second one is an error. The budget lines are the records the table scores one by one,
/// so they stand in for the "procurement records" (see benchmarks/README.md).</para>
/// </remarks>
[Config(typeof(Config))]
public class GrowthBenchmark
{
    private static readonly string[] JudgedByFindings = ["2.1.7", "4.3.1", "1.2.2", "2.3.1", "3.2.3"];

    private ScorecardEvaluator _evaluator = null!;
    private IReadOnlyList<object> _facts = [];

    /// <summary>The findings added, and as many budget lines.</summary>
    [Params(10, 100, 1_000, 10_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = GoldenCase.Evaluator();
        _facts = [.. GoldenCase.Facts(), .. Findings(Records), .. Lines(Records)];

        // Every finding and every line must be scored: the card complete, a deduction or a note for each finding, and
        // the same scorecard from the hand-written baseline.
        var card = Evaluate();
        var mentioned = JudgedByFindings.Sum(code => card[code].Note.Chinese.Split("测试发现").Length - 1);
        if (!card.IsComplete || mentioned != Records)
        {
            throw new InvalidOperationException($"{nameof(GrowthBenchmark)}: with {Records} findings the scorecard is complete: {card.IsComplete}, and its notes name {mentioned} of them.");
        }

        BaselineCheck.Equal(card, HandWrittenSuixiScorecard.Score(_facts));
    }

    [Benchmark]
    public Scorecard Evaluate() => _evaluator.Evaluate(_facts);

    private static IEnumerable<EvaluatorFinding> Findings(int count) =>
        Enumerable.Range(0, count).Select(i => new EvaluatorFinding(
            JudgedByFindings[i % JudgedByFindings.Length],
            0.01m,
            new LocalizedText($"测试发现{i:D5}：支出凭证附件不全"),
            $"2022年{i % 12 + 1}月{i}#凭证"));

    private static IEnumerable<BudgetLineItem> Lines(int count) =>
        Enumerable.Range(0, count).Select(i => new BudgetLineItem($"测试项目{i:D5}", 100_000m + i * 10m, null, (100_000m + i * 10m) * 1.1m));

    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddColumn(ThroughputColumn.TimePerUnit("Time/record", "Mean time of an evaluation / records added (findings + as many budget lines, counted once)", c =>
                Convert.ToDouble(c.Parameters[nameof(Records)], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
