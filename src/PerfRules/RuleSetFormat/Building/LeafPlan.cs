using PerfRules.Results;
using PerfRules.RuleSetFormat.Building.Blocks;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// Everything a declared leaf needs to score: the checks its facts must pass, its block, when it does not apply (and the
/// note it then has), the reallocations that move its points, and the names of the indicators those reallocations name.
/// </summary>
internal sealed record LeafPlan(
    IReadOnlyList<LeafCheck> Checks,
    IScoringBlock Block,
    BoundFormula? NotApplicable,
    LocalizedText? NotApplicableReason,
    BoundTemplate? NotApplicableNote,
    IReadOnlyList<ReallocationCondition> Reallocations,
    IReadOnlyDictionary<string, LocalizedText> Names,
    FactFilter Filter,
    DeferredHash Fingerprint);

/// <summary>A reallocation that concerns a leaf: the leaf evaluates its condition too, so that an undecidable condition is reported (missing data) rather than silently leaving the weights as they are.</summary>
internal sealed record ReallocationCondition(BoundFormula When, LocalizedText? Reason, string From, IReadOnlyList<string> To);
