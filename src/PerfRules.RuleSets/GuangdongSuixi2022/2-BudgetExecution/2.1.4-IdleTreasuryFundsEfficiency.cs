using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.1.4 国库集中支付结转结余存量资金效率性 (efficiency of idle treasury funds), 3 points: the change rate of idle treasury
/// funds, this year-end / last year-end − 1, from two <see cref="IdleTreasuryFunds"/> facts for consecutive year-ends;
/// ≤ −15% → 3, (−15%, −10%] → 2, (−10%, 0] → 1, &gt; 0 → 0; 0 last year and 0 this year → 3.
/// </summary>
/// <remarks>
/// 0 last year and a positive amount this year has no rate and is not the criteria's 0 → 0 case; it scores 0, as
/// any increase does ("变动率&gt;0的,不得分"), and is not treated as bad input (the specification's choice).
/// </remarks>
public sealed class IdleTreasuryFundsEfficiency : IndicatorRule, IMetricIndicator
{
    private static readonly LocalizedText RateName = new("存量资金变动率", "change rate of idle funds");

    // "变动率≤-15%的,得3分; 变动率≤-10%但是大于-15%的,得2分; 变动率≤0但是大于-10%的,得1分; 变动率>0的,不得分".
    private static readonly BandScale Bands = new(
        new Band(Interval.AtMost(-0.15m), 3m),
        new Band(Interval.OpenClosed(-0.15m, -0.10m), 2m),
        new Band(Interval.OpenClosed(-0.10m, 0m), 1m),
        new Band(Interval.Above(0m), 0m));

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.1.4",
        new LocalizedText("国库集中支付结转结余存量资金效率性", "Efficiency of idle treasury funds"),
        3m,
        new LocalizedText(
            "国库集中支付结转结余存量资金变动率=(当年年末存量资金规模÷上一年度年末存量资金规模-1)×100% 1.国库集中支付结转结余存量资金变动率≤-15%的,得3分; 2.国库集中支付结转结余存量资金变动率≤-10%但是大于-15%的,得2分; 3.国库集中支付结转结余存量资金变动率≤0但是大于-10%的,得1分; 4.国库集中支付结转结余存量资金变动率>0的,不得分; 5.国库集中支付结转结余存量资金上年度为0的,本年度继续为0的,得3分。存量资金效率性指标评分时不含科研项目(课题)及当年12月下达的资金,如有剔除请予以说明。",
            "Change rate = this year-end's idle treasury funds / last year-end's − 1. rate ≤ −15%: 3; −15% < rate ≤ −10%: 2; −10% < rate ≤ 0: 1; rate > 0: 0; 0 last year and still 0 this year: 3. Research funds and funds issued in December are excluded."));

    /// <inheritdoc />
    /// <remarks>The change rate cannot fall below -100% (the idle funds cannot go below 0).</remarks>
    public MetricScale Scale { get; } = MetricScale.Of(RateName, Interval.AtLeast(-1m), MetricDirection.LowerIsBetter, Bands);

    /// <inheritdoc />
    /// <remarks>Moves this year's idle funds; needs last year's above 0 (from 0 the rate is not defined: the criteria score that case apart).</remarks>
    public MetricAdjustment? Adjust(IReadOnlyList<object> facts, decimal value)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var years = facts.OfType<IdleTreasuryFunds>().OrderBy(f => f.YearEnd).ToList();
        if (years is not [var prior, var current] || prior.Amount <= 0m || value < -1m)
        {
            return null;
        }

        var changed = current with { Amount = prior.Amount * (1m + value) };
        return new MetricAdjustment([.. facts.Select(f => ReferenceEquals(f, current) ? changed : f)], nameof(IdleTreasuryFunds), nameof(IdleTreasuryFunds.Amount), current.Amount, changed.Amount);
    }

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<IdleTreasuryFunds> funds = null!;
        When()
            .Collect(() => funds);
        Then()
            .Yield(_ => FromAll(funds, Score));
    }

    private IndicatorResult Score(IReadOnlyList<IdleTreasuryFunds> funds)
    {
        var years = StableOrder.Sorted(funds, StableOrder.IdleFunds);
        if (years.Count < 2)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, Unscored.Absent(nameof(IdleTreasuryFunds),
                $"需要上一年末和本年末两个存量资金规模，实际有{years.Count}个", $"Two year-ends of idle treasury funds are needed, got {years.Count}"));
        }

        if (years.Count > 2 || years[1].YearEnd != years[0].YearEnd + 1)
        {
            return Invalid([Unscored.Problem(nameof(IdleTreasuryFunds), nameof(IdleTreasuryFunds.YearEnd),
                $"存量资金规模应为相邻两个年末，实际为{string.Join("、", years.Select(y => y.YearEnd + "年末"))}",
                $"Idle treasury funds must be given for two consecutive year-ends, got {string.Join(", ", years.Select(y => y.YearEnd))}")]);
        }

        var (prior, current) = (years[0], years[1]);
        if (prior.Amount == 0m && current.Amount == 0m)
        {
            // Scored without inputs: nothing was computed, so the inputs are made only on the paths below that cite them.
            var awarded = ReportFormat.Awarded(Weight);
            return Scored(Weight, LocalizedText.WithEnglishOnRead(
                $"{prior.YearEnd}年末及{current.YearEnd}年末国库集中支付结转结余存量资金均为0元，上年度为0、本年度继续为0，{awarded.Chinese}",
                (Prior: prior.YearEnd, Current: current.YearEnd, awarded),
                static s => $"idle treasury funds were 0 at the end of both {s.Prior} and {s.Current}: still 0, {s.awarded.English}"));
        }

        var priorInput = ScoringInput.Of(YearEndLabel(prior.YearEnd), prior.Amount, ValueUnit.Yuan, nameof(IdleTreasuryFunds), nameof(IdleTreasuryFunds.Amount));
        var currentInput = ScoringInput.Of(YearEndLabel(current.YearEnd), current.Amount, ValueUnit.Yuan, nameof(IdleTreasuryFunds), nameof(IdleTreasuryFunds.Amount));
        if (prior.Amount == 0m)
        {
            var (priorText, currentText) = (priorInput.Describe(), currentInput.Describe());
            var rise = LocalizedText.WithEnglishOnRead(
                $"{priorText.Chinese}，{currentText.Chinese}，存量资金由0增加，变动率>0，不得分",
                (priorText, currentText),
                static s => $"{s.priorText.Get(Language.English)}, {s.currentText.Get(Language.English)}: idle funds rose from 0, change rate > 0, no points");
            return Scored(0m, rise, deductions: [Deduction.Computed(Weight, Name, rise, priorInput, currentInput)]);
        }

        var metric = new MetricValue(
            RateName,
            "{0}/{1}-1",
            Ratio.Of(current.Amount, prior.Amount, "存量资金变动率 (change rate of idle funds)") - 1m,
            ValueUnit.Percent,
            currentInput,
            priorInput);
        var hit = Bands.Classify(metric.Value);
        var described = hit.Describe();
        var lost = Weight - hit.Points;
        Deduction[] deductions = lost > 0m
            ? [Deduction.Computed(lost, Name, Notes.Join(Notes.Computation(metric), described), metric.Inputs)]
            : [];
        return Scored(hit.Points, Notes.Band(metric, hit), metric, described, deductions);
    }

    private static LocalizedText YearEndLabel(int yearEnd) =>
        LocalizedText.WithEnglishOnRead($"{yearEnd}年末存量资金", yearEnd, static year => $"idle funds at the end of {year}");
}
