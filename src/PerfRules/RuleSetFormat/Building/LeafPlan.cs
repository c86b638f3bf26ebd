using PerfRules.Results;
using PerfRules.RuleSetFormat.Building.Blocks;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>Everything a declared leaf needs to score: its block, when it does not apply, the reallocations that move its points, and the names of the indicators those reallocations name.</summary>
internal sealed record LeafPlan(
    IScoringBlock Block,
    BoundFormula? NotApplicable,
    LocalizedText? NotApplicableReason,
    IReadOnlyList<ReallocationCondition> Reallocations,
    IReadOnlyDictionary<string, LocalizedText> Names,
    FactFilter Filter,
    string Fingerprint);

/// <summary>A reallocation that concerns a leaf: the leaf evaluates its condition too, so that an undecidable condition is reported (missing data) rather than silently leaving the weights as they are.</summary>
internal sealed record ReallocationCondition(BoundFormula When, LocalizedText? Reason, string From, IReadOnlyList<string> To);
