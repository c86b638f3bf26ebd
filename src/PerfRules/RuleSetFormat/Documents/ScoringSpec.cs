using PerfRules.Results;
using PerfRules.RuleSetFormat.Json;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>
/// A leaf's scoring block as the document writes it (<c>"scoring": { "kind": "bands", … }</c>), checked for shape but not
/// yet compiled: formulas are still text. One record per kind.
/// </summary>
internal abstract record ScoringSpec(string Kind, Location Location, IReadOnlyList<LabelSpec> Labels);

/// <summary><c>bands</c>: the metric's band decides the points.</summary>
internal sealed record BandsSpec(Location Location, IReadOnlyList<LabelSpec> Labels, MetricSpec Metric, IReadOnlyList<BandSpec> Bands)
    : ScoringSpec("bands", Location, Labels);

/// <summary>One band: the metric values it covers and the points they score.</summary>
internal sealed record BandSpec(Interval Range, decimal Points, Location Location);

/// <summary><c>steps</c>: full points up to the threshold, less points for every step beyond it.</summary>
internal sealed record StepsSpec(
    Location Location, IReadOnlyList<LabelSpec> Labels, MetricSpec Metric, decimal Threshold, decimal Step, decimal PointsPerStep, StepCounting Counting)
    : ScoringSpec("steps", Location, Labels);

/// <summary>What a proportional block scores when both numerator and denominator are 0 (no ratio exists).</summary>
internal enum BothZero
{
    Error,
    FullMarks,
    Zero,
}

/// <summary><c>proportional</c>: points × numerator / denominator.</summary>
internal sealed record ProportionalSpec(
    Location Location, IReadOnlyList<LabelSpec> Labels, LocalizedText Name, FormulaText Numerator, FormulaText Denominator, ExcessPolicy WhenExceeded, BothZero WhenBothZero)
    : ScoringSpec("proportional", Location, Labels);

/// <summary><c>average</c>: the mean of several results over a full mark, × points.</summary>
internal sealed record AverageSpec(Location Location, IReadOnlyList<LabelSpec> Labels, LocalizedText Name, decimal FullMark, IReadOnlyList<FormulaText> Results)
    : ScoringSpec("average", Location, Labels);

/// <summary><c>checklist</c>: items worth fixed points, answered by ChecklistAnswer facts.</summary>
internal sealed record ChecklistSpec(Location Location, IReadOnlyList<LabelSpec> Labels, IReadOnlyList<ChecklistItemSpec> Items)
    : ScoringSpec("checklist", Location, Labels);

/// <summary>One checklist item.</summary>
internal sealed record ChecklistItemSpec(string Key, LocalizedText Label, decimal Points, Location Location);

/// <summary><c>findings</c>: full points less the evaluator's findings, floored at 0.</summary>
internal sealed record FindingsSpec(Location Location, IReadOnlyList<LabelSpec> Labels) : ScoringSpec("findings", Location, Labels);

/// <summary>How a deadline block's due date is set.</summary>
internal enum LimitKind
{
    CalendarDays,
    WorkingDays,
    FixedDate,
    DueDateFormula,
}

/// <summary><c>deadline</c>: done on time, late, or not done.</summary>
internal sealed record DeadlineSpec(
    Location Location,
    IReadOnlyList<LabelSpec> Labels,
    LocalizedText Subject,
    FormulaText Actual,
    FormulaText? Approved,
    LimitKind Limit,
    int? Days,
    DateOnly? FixedDate,
    FormulaText? DueDate,
    decimal? OnTime,
    decimal Late,
    decimal? NotDone)
    : ScoringSpec("deadline", Location, Labels);

/// <summary><c>equivalents</c>: a label (二等奖) mapped to a score, then scaled (or averaged with other results) to points.</summary>
internal sealed record EquivalentsSpec(
    Location Location,
    IReadOnlyList<LabelSpec> Labels,
    LocalizedText Name,
    FormulaText Label,
    IReadOnlyList<EquivalentSpec> Table,
    decimal? FullMark,
    IReadOnlyList<FormulaText> AverageWith)
    : ScoringSpec("equivalents", Location, Labels);

/// <summary>One entry of an equivalents table.</summary>
internal sealed record EquivalentSpec(string Label, decimal Score, Location Location);

/// <summary><c>formula</c>: points computed by a formula, clamped to [0, points] only when the author asks.</summary>
internal sealed record FormulaSpec(Location Location, IReadOnlyList<LabelSpec> Labels, FormulaText Points, bool Clamp)
    : ScoringSpec("formula", Location, Labels);

/// <summary><c>parts</c>: an indicator made of parts, each a block with its own points; the score is their sum.</summary>
internal sealed record PartsSpec(Location Location, IReadOnlyList<LabelSpec> Labels, IReadOnlyList<PartSpec> Parts)
    : ScoringSpec("parts", Location, Labels);

/// <summary>One part of a <c>parts</c> block.</summary>
internal sealed record PartSpec(string Key, LocalizedText Name, decimal Points, ConditionSpec? NotApplicable, ScoringSpec Scoring, Location Location);
