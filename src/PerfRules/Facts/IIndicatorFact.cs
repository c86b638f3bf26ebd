namespace PerfRules.Facts;

/// <summary>
/// A fact that belongs to one indicator by its code (an evaluator's finding, a checklist answer, a self-assessed score).
/// The evaluation reports such a fact when the rule set has no indicator with that code, instead of ignoring it.
/// </summary>
public interface IIndicatorFact : IFact
{
    /// <summary>The indicator's code, such as 2.1.7.</summary>
    string IndicatorCode { get; }
}
