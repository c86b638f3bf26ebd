using PerfRules.Results;
using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>
/// A reallocation (分值调整) as written: when <see cref="When"/> holds, <see cref="Points"/> (all of them when null) of
/// <see cref="From"/> go to <see cref="To"/>, or are spread evenly over <see cref="To"/> when several are named, or over
/// the siblings of <see cref="From"/> when <see cref="ToSiblings"/>. <see cref="Remove"/> drops a base document's
/// reallocation of the same <see cref="Id"/>.
/// </summary>
internal sealed record ReallocationSpec(
    string? Id,
    FormulaText? When,
    string? From,
    IReadOnlyList<string> To,
    bool ToSiblings,
    decimal? Points,
    LocalizedText? Reason,
    bool Remove,
    Location Location,
    Location? FromLocation,
    Location? ToLocation);
