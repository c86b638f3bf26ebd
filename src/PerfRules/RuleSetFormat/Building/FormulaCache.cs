using System.Diagnostics.CodeAnalysis;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// The formulas of one load, each text parsed and checked once, and the inputs of each found once per label book: a
/// document reads the same values (an input such as <c>BudgetExecution.ActualExpenditure</c>, a label's key,
/// <c>count(Disclosure)</c>) in block after block, and parsing them again each time was most of the work of building a
/// rule set.
/// </summary>
/// <remarks>
/// Sharing is safe because a <see cref="Formula"/> is immutable and its errors depend only on the text, the schema and
/// the item type. Not thread-safe: a load runs on one thread, and the cache lives as long as the load.
/// </remarks>
internal sealed class FormulaCache(FormulaSchema schema)
{
    // Keyed and valued by records rather than tuples: a dictionary over value tuples is compiled anew in every process
    // that loads a document, a dictionary over classes shares the framework's compiled code.
    private readonly Dictionary<Key, Parsed> _parsed = [];
    private readonly Dictionary<InputsKey, FormulaInputs> _inputs = [];

    /// <summary>The fact types and fields the formulas may read.</summary>
    public FormulaSchema Schema { get; } = schema;

    /// <summary><see cref="Formula.TryParse"/>, once per text.</summary>
    public bool TryParse(string text, [NotNullWhen(true)] out Formula? formula, out IReadOnlyList<FormulaError> errors) =>
        TryParseForEach(text, null, out formula, out errors);

    /// <summary><see cref="Formula.TryParseForEach"/>, once per text and item type.</summary>
    public bool TryParseForEach(string text, string? itemType, [NotNullWhen(true)] out Formula? formula, out IReadOnlyList<FormulaError> errors)
    {
        var key = new Key(text, itemType);
        if (!_parsed.TryGetValue(key, out var parsed))
        {
            Formula.TryParseForEach(text, Schema, itemType, out var parsedFormula, out var parsedErrors);
            parsed = new Parsed(parsedFormula, parsedErrors);
            _parsed.Add(key, parsed);
        }

        (formula, errors) = (parsed.Formula, parsed.Errors);
        return formula is not null;
    }

    /// <summary>
    /// <see cref="FormulaInputs.Of"/> a formula parsed here, once per formula and label book: the same value is stated
    /// in many templates and blocks (about 930 bound formulas in the Suixi document, 254 of them different), and finding
    /// the inputs was the largest part of a warm load. The inputs, and the labels they mark as used, depend only on the
    /// formula and the labels.
    /// </summary>
    public FormulaInputs InputsOf(Formula formula, LabelBook labels)
    {
        var key = new InputsKey(formula, labels);
        if (!_inputs.TryGetValue(key, out var inputs))
        {
            inputs = FormulaInputs.Of(formula.Syntax, this, labels);
            _inputs.Add(key, inputs);
        }

        return inputs;
    }

    private sealed record Key(string Text, string? ItemType);

    private sealed record InputsKey(Formula Formula, LabelBook Labels);

    private sealed record Parsed(Formula? Formula, IReadOnlyList<FormulaError> Errors);
}
