using PerfRules.Results;
using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>When an indicator or a part does not apply (不适用): a true/false formula and the reason the note gives.</summary>
internal sealed record ConditionSpec(FormulaText When, LocalizedText? Reason, Location Location);
