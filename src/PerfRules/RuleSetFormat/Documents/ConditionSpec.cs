using PerfRules.Results;
using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>
/// When an indicator or a part does not apply (不适用): a true/false formula, the reason the note gives, and optionally the
/// whole note, worded by the author, instead of the sentence the format writes.
/// </summary>
internal sealed record ConditionSpec(FormulaText When, LocalizedText? Reason, TemplateText? Note, Location Location);
