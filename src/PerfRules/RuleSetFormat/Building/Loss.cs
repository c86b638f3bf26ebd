using PerfRules.Results;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// Points a block lost and why, before the indicator rounds its score and rescales it to its effective weight; the
/// indicator turns losses into <see cref="Deduction"/>s that add up to exactly the points lost.
/// </summary>
internal sealed record Loss(decimal Points, LocalizedText Reason, DeductionKind Kind, IReadOnlyList<ScoringInput> Inputs, IReadOnlyList<string> Evidence)
{
    public static Loss Computed(decimal points, LocalizedText reason, IReadOnlyList<ScoringInput> inputs) => new(points, reason, DeductionKind.Computed, inputs, []);

    public static Loss Judged(decimal points, LocalizedText reason, IReadOnlyList<ScoringInput> inputs, IReadOnlyList<string> evidence) =>
        new(points, reason, DeductionKind.Judged, inputs, evidence);

    public Loss Prefixed(LocalizedText prefix) => this with
    {
        Reason = new LocalizedText($"{prefix.Chinese}：{Reason.Chinese}", $"{prefix.Get(Language.English)}: {Reason.Get(Language.English)}"),
    };
}
