using PerfRules.Engine;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// A reallocation declared in a JSON document (分值调整): while its condition holds over the facts, it yields the
/// <see cref="WeightTransfer"/>s it was built with (one, or one per receiver when the points are spread), which the leaf
/// rules of both ends collect through <see cref="Evaluation.IndicatorRule"/>'s effective weight. When the condition stops
/// holding, the engine retracts them.
/// </summary>
internal sealed class ReallocationRule(string name, string description, BoundFormula when, FactFilter filter, IReadOnlyList<WeightTransfer> transfers, DeferredHash fingerprint)
    : Rule, IFingerprinted
{
    public override string Name { get; } = name;

    public override string Description { get; } = description;

    public string Fingerprint => fingerprint.Value;

    internal FactFilter Filter { get; } = filter;

    internal IReadOnlyList<WeightTransfer> Transfers { get; } = transfers;

    public override void Define()
    {
        IReadOnlyList<object> facts = null!;
        // A local, not the property: see DeclaredIndicatorRule.Define.
        var filter = Filter;
        When()
            .Collect(() => facts, f => filter.Accepts(f))
            .Where(list => Holds(list));
        var then = Then();
        foreach (var transfer in Transfers)
        {
            then.Yield(_ => new WeightTransfer(transfer.From, transfer.To, transfer.Points));
        }
    }

    // A condition that cannot be decided moves nothing here; the leaves at both ends evaluate it too and report why.
    internal bool Holds(IReadOnlyList<object> facts) => when.Formula.Evaluate(new FormulaScope(facts)) is { Kind: FormulaValueKind.Boolean } value && value.AsBoolean();
}
