using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>The bonus and penalty items (加减分项) as the document states them; <see cref="MaximumTotal"/> null means the maximum score.</summary>
internal sealed record AdjustmentsSpec(
    decimal BonusPerItem,
    decimal BonusCap,
    decimal PenaltyPerItem,
    decimal PenaltyCap,
    decimal? MaximumTotal,
    decimal MinimumTotal,
    Location Location);
