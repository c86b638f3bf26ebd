using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.Scoring;

namespace PerfRules.Samples.CustomCounty.Wangchuan2022;

/// <summary>
/// 2.1.3 结转结余率 (carry-over rate), 3 points, with the county's stricter bands: ≤ 5% → 3, (5%, 10%] → 2,
/// (10%, 15%] → 1, &gt; 15% → 0. Suixi gives 3 up to 10% and stops scoring at 30%. The rate, its note, its
/// deduction and its probes for property tests and gain analysis are Suixi's rule's: only the bands and the criteria
/// that print them are the county's.
/// </summary>
public sealed class StricterCarryOverRate : CarryOverRate
{
    // "结转结余率≤5%，得3分；5%＜结转结余率≤10%，得2分；10%＜结转结余率≤15%，得1分；结转结余率＞15%，得0分".
    private static readonly BandScale Bands = new(
        new Band(Interval.AtMost(0.05m), 3m),
        new Band(Interval.OpenClosed(0.05m, 0.10m), 2m),
        new Band(Interval.OpenClosed(0.10m, 0.15m), 1m),
        new Band(Interval.Above(0.15m), 0m));

    private static readonly LocalizedText Criteria = new(
        "结转结余率=年末财政拨款结转和结余/（年初财政拨款结转和结余+一般公共预算财政拨款+政府性基金预算财政拨款）。结转结余率≤5%，得3分；5%＜结转结余率≤10%，得2分；10%＜结转结余率≤15%，得1分；结转结余率＞15%，得0分。",
        "Rate = closing fiscal carry-over / (opening fiscal carry-over + general public budget appropriation + government fund appropriation). rate ≤ 5%: 3; 5% < rate ≤ 10%: 2; 10% < rate ≤ 15%: 1; rate > 15%: 0.");

    /// <summary>Creates the rule.</summary>
    public StricterCarryOverRate()
        : base(Bands, Criteria)
    {
    }
}
