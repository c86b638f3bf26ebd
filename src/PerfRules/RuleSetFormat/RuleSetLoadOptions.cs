using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat;

/// <summary>How a rule-set document is loaded: the documents it may extend, and the fact types its formulas may read.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleSetLoadOptions
{
    /// <summary>
    /// The documents a document may extend (<c>"extends": "id"</c>), each found by its <see cref="RuleSetDocument.Id"/>; a
    /// base may itself extend another of them. Read each with <see cref="RuleSetJson.Parse"/>.
    /// </summary>
    public IReadOnlyList<RuleSetDocument> BaseRuleSets { get; init; } = [];

    /// <summary>
    /// The fact types formulas may read: <see cref="FormulaSchema.BuiltInFacts"/> (the types of <c>PerfRules.Facts</c>)
    /// unless a host adds its own.
    /// </summary>
    public FormulaSchema Schema { get; init; } = FormulaSchema.BuiltInFacts;
}
