using PerfRules.Results;
using PerfRules.RuleSetFormat.Json;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>
/// A leaf's scoring block as the document writes it (<c>"scoring": { "kind": "bands", … }</c>), checked for shape but not
/// yet compiled: formulas are still text. One record per kind.
/// </summary>
internal abstract record ScoringSpec(string Kind, Location Location, IReadOnlyList<LabelSpec> Labels)
{
    /// <summary>What the facts must be like before a leaf's block scores them (only on a leaf's own block).</summary>
    public IReadOnlyList<CheckSpec> Checks { get; init; } = [];
}

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
internal sealed record ChecklistSpec(Location Location, IReadOnlyList<LabelSpec> Labels, IReadOnlyList<ChecklistItemSpec> Items, decimal? LargestFinding, bool QuoteMetNotes)
    : ScoringSpec("checklist", Location, Labels);

/// <summary>One checklist item.</summary>
internal sealed record ChecklistItemSpec(string Key, LocalizedText Label, decimal Points, Location Location);

/// <summary><c>findings</c>: full points less the evaluator's findings, floored at 0.</summary>
internal sealed record FindingsSpec(
    Location Location, IReadOnlyList<LabelSpec> Labels, decimal? LargestFinding, bool RequireEvidence, bool CiteEvidence, FormulaText? EvidenceMustCite)
    : ScoringSpec("findings", Location, Labels);

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
internal sealed record PartsSpec(Location Location, IReadOnlyList<LabelSpec> Labels, IReadOnlyList<PartSpec> Parts, bool NameParts)
    : ScoringSpec("parts", Location, Labels);

/// <summary>One part of a <c>parts</c> block.</summary>
internal sealed record PartSpec(string Key, LocalizedText Name, decimal Points, ConditionSpec? NotApplicable, ScoringSpec Scoring, Location Location);

/// <summary>Points written as a number (<c>2</c>) or as a formula (<c>"2 * Procurement.Actual / Procurement.Planned"</c>).</summary>
internal sealed record PointsSpec(decimal? Number, FormulaText? Formula, Location Location);

/// <summary><c>cases</c>: the first case whose condition holds decides the score (a decision table).</summary>
internal sealed record CasesSpec(Location Location, IReadOnlyList<LabelSpec> Labels, IReadOnlyList<CaseSpec> Cases)
    : ScoringSpec("cases", Location, Labels);

/// <summary>
/// One case: when it applies (none: always, only the last), and either its points with their note, deduction and metric,
/// or a block that scores it, its note opening the block's, or a problem that keeps the facts from being scored.
/// </summary>
internal sealed record CaseSpec(
    FormulaText? When, PointsSpec? Points, TemplateText? Note, DeductionSpec? Deduction, MetricSpec? Metric, ScoringSpec? Scoring, ProblemSpec? Problem, Location Location);

/// <summary>A problem a case reports instead of a score: missing data or an error, naming the fact and field, with its message.</summary>
internal sealed record ProblemSpec(bool IsError, string FactType, string Field, TemplateText Message, Location Location);

/// <summary>How a case's lost points are reported: computed or judged, why, and the evidence of a judged one.</summary>
internal sealed record DeductionSpec(bool Judged, TemplateText? Reason, FormulaText? Evidence, Location Location);

/// <summary><c>deductions</c>: full points less the deductions whose conditions hold, in order, floored at 0 (扣分项).</summary>
internal sealed record DeductionsSpec(
    Location Location, IReadOnlyList<LabelSpec> Labels, IReadOnlyList<DeductionItemSpec> Items, TemplateText? Note, TemplateText? WhenNone, LocalizedText? Subject)
    : ScoringSpec("deductions", Location, Labels);

/// <summary>An item of a deductions block: a rule, or rules applied to each fact of a list.</summary>
internal abstract record DeductionItemSpec(Location Location);

/// <summary>A deduction of some points, when its condition holds, with its reason.</summary>
internal sealed record DeductionRuleSpec(FormulaText? When, PointsSpec Points, TemplateText Reason, bool Judged, Location Location) : DeductionItemSpec(Location);

/// <summary>Deduction rules applied to each fact of a list, in a stable order; bare names in them are that fact's fields.</summary>
internal sealed record ForEachSpec(string FactType, FormulaText? Where, IReadOnlyList<string> OrderBy, IReadOnlyList<DeductionRuleSpec> Rules, Location Location)
    : DeductionItemSpec(Location);

/// <summary>A check of a leaf's facts before its block scores them.</summary>
internal abstract record CheckSpec(Location Location);

/// <summary><c>{ "single": "BudgetExecution" }</c>: exactly one fact of the type; none is missing data, several an error.</summary>
internal sealed record SingleCheckSpec(string FactType, Location Location) : CheckSpec(Location);

/// <summary><c>{ "unique": "BudgetLineItem.Name", "where": … }</c>: no two facts (meeting the condition) share the field's value; else an error.</summary>
internal sealed record UniqueCheckSpec(string FactType, string Field, FormulaText? Where, TemplateText? Message, Location Location) : CheckSpec(Location);

/// <summary><c>{ "when": …, "problem": "error", "fact": …, "field": …, "message": … }</c>: a problem with the facts when the condition holds.</summary>
internal sealed record ConditionCheckSpec(FormulaText When, bool IsError, string FactType, string Field, TemplateText Message, Location Location) : CheckSpec(Location);
