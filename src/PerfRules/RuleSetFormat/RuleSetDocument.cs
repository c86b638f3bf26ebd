using PerfRules.Results;
using PerfRules.RuleSetFormat.Documents;
using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat;

/// <summary>
/// A rule-set document (规则集文件) as read from JSON: its shape checked, nothing built yet, formulas still text. Get one
/// with <see cref="RuleSetJson.Parse"/>; build it into a <see cref="Evaluation.RuleSet"/> with
/// <see cref="RuleSetJson.Load(RuleSetDocument, RuleSetLoadOptions?)"/>, or give it as a base in
/// <see cref="RuleSetLoadOptions.BaseRuleSets"/>. The format is described in docs/rule-set-format.md.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleSetDocument
{
    internal RuleSetDocument(
        string? source,
        string id,
        string? version,
        LocalizedText? name,
        string? extends,
        string? jurisdiction,
        int? effectiveYear,
        decimal? maximumScore,
        bool? convertOverApplicablePoints,
        IReadOnlyList<GradeSpec>? grades,
        AdjustmentsSpec? adjustments,
        IReadOnlyList<LabelSpec> labels,
        IReadOnlyList<IndicatorDocument> indicators,
        IReadOnlyList<ReallocationSpec> reallocations,
        IReadOnlyList<FormulaText> formulas,
        Location location,
        Location? extendsLocation,
        Location? maximumScoreLocation)
    {
        Source = source;
        Id = id;
        Version = version;
        Name = name;
        Extends = extends;
        Jurisdiction = jurisdiction;
        EffectiveYear = effectiveYear;
        MaximumScore = maximumScore;
        ConvertOverApplicablePoints = convertOverApplicablePoints;
        Grades = grades;
        Adjustments = adjustments;
        Labels = labels;
        Indicators = indicators;
        Reallocations = reallocations;
        FormulaTexts = formulas;
        Formulas = [.. formulas.Select(f => new DocumentFormula(f.Text, f.Location.Path, f.Location.Line, f.Location.Column))];
        Location = location;
        ExtendsLocation = extendsLocation;
        MaximumScoreLocation = maximumScoreLocation;
    }

    /// <summary>The file or other source the document was read from, as the caller named it, or null.</summary>
    public string? Source { get; }

    /// <summary>The rule set's id, such as <c>GuangdongSuixi2022</c>.</summary>
    public string Id { get; }

    /// <summary>The version, or null in a document that extends another and keeps its version.</summary>
    public string? Version { get; }

    /// <summary>The name, or null in a document that extends another and keeps its name.</summary>
    public LocalizedText? Name { get; }

    /// <summary>The id of the rule set this one extends, or null.</summary>
    public string? Extends { get; }

    /// <summary>Where the rule set applies (province, county), or null.</summary>
    public string? Jurisdiction { get; }

    /// <summary>The fiscal year the table was published for, or null.</summary>
    public int? EffectiveYear { get; }

    /// <summary>The maximum score (满分) as written, or null (100, or the base document's).</summary>
    public decimal? MaximumScore { get; }

    /// <summary>Whether the total is converted over the points that applied (换算得分), or null when not written.</summary>
    public bool? ConvertOverApplicablePoints { get; }

    /// <summary>The indicator rows, in document order.</summary>
    public IReadOnlyList<IndicatorDocument> Indicators { get; }

    /// <summary>Every formula of the document, with its place: what a linter checks.</summary>
    public IReadOnlyList<DocumentFormula> Formulas { get; }

    internal IReadOnlyList<GradeSpec>? Grades { get; }

    internal AdjustmentsSpec? Adjustments { get; }

    internal IReadOnlyList<LabelSpec> Labels { get; }

    internal IReadOnlyList<ReallocationSpec> Reallocations { get; }

    internal IReadOnlyList<FormulaText> FormulaTexts { get; }

    internal Location Location { get; }

    internal Location? ExtendsLocation { get; }

    internal Location? MaximumScoreLocation { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Version}";
}
