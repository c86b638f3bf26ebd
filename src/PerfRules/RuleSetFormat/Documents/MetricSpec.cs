using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Json;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>
/// The number a bands or steps block scores: its name (结转结余率), its formula (and the formula shown, when the one that
/// computes it guards against cases the reader need not see), its unit, the values it can take, which way is better, and
/// whether the note opens with the inputs' values.
/// </summary>
internal sealed record MetricSpec(
    LocalizedText Name,
    FormulaText Formula,
    FormulaText? Display,
    ValueUnit Unit,
    Interval? Domain,
    MetricDirection? Direction,
    bool StateInputs,
    Location Location);
