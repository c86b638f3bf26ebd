namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// A rule whose behaviour comes from data rather than from its type (a rule declared in a JSON document): its fingerprint
/// stands for that data in <see cref="Evaluation.RuleSet.ContentHash"/>, so two documents that score differently never
/// share a hash although their rules share a type.
/// </summary>
internal interface IFingerprinted
{
    /// <summary>A SHA-256 (hex) of the declaration the rule was built from.</summary>
    string Fingerprint { get; }
}
