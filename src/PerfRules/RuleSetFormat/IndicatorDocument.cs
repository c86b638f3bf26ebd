using PerfRules.Results;
using PerfRules.RuleSetFormat.Documents;
using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat;

/// <summary>
/// One row of a rule-set document's indicator table (指标) as written: a group when it has no scoring block, a leaf when
/// it has one. In a document that extends another, a row may give only what it changes, or remove the row.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorDocument
{
    internal IndicatorDocument(
        string code,
        LocalizedText? name,
        decimal? weight,
        LocalizedText? criteria,
        ScoringSpec? scoring,
        ConditionSpec? notApplicable,
        bool remove,
        Location location,
        Location? weightLocation,
        Building.DeferredHash fingerprint)
    {
        Fingerprint = fingerprint;
        Code = code;
        Name = name;
        Weight = weight;
        Criteria = criteria;
        Scoring = scoring;
        NotApplicable = notApplicable;
        IsRemoved = remove;
        Location = location;
        WeightLocation = weightLocation;
    }

    /// <summary>The code, such as 2.1.2; its dots make the tree (2.1.2 is a child of 2.1).</summary>
    public string Code { get; }

    /// <summary>The name (指标名称), or null in a row that only overrides other fields of a base document's row.</summary>
    public LocalizedText? Name { get; }

    /// <summary>The weight (分值), or null in a row that keeps the base document's weight.</summary>
    public decimal? Weight { get; }

    /// <summary>The criteria text (评分标准), or null.</summary>
    public LocalizedText? Criteria { get; }

    /// <summary>The scoring block's kind (<c>bands</c>, <c>steps</c>, …), or null for a group or a row that keeps the base's block.</summary>
    public string? ScoringKind => Scoring?.Kind;

    /// <summary>Whether the row removes the base document's indicator of this code, and its descendants.</summary>
    public bool IsRemoved { get; }

    /// <summary>The row's JSON path, such as <c>$.indicators[12]</c>.</summary>
    public string Path => Location.Path;

    /// <summary>The line (from 1) where the row starts.</summary>
    public int Line => Location.Line;

    /// <summary>The column (from 1) where the row starts.</summary>
    public int Column => Location.Column;

    internal ScoringSpec? Scoring { get; }

    internal ConditionSpec? NotApplicable { get; }

    internal Location Location { get; }

    internal Location? WeightLocation { get; }

    /// <summary>A hash of the row as written (of both rows, for an override), standing for it in the rule set's content hash.</summary>
    internal Building.DeferredHash Fingerprint { get; }

    /// <summary>The row with every field the override gives replacing this row's (a shallow merge).</summary>
    internal IndicatorDocument OverriddenBy(IndicatorDocument child) => new(
        Code,
        child.Name ?? Name,
        child.Weight ?? Weight,
        child.Criteria ?? Criteria,
        child.Scoring ?? Scoring,
        child.NotApplicable ?? NotApplicable,
        false,
        child.Location,
        child.WeightLocation ?? WeightLocation,
        new Building.DeferredHash(Fingerprint, child.Fingerprint));

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name?.Chinese}";
}
