using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.RuleSetFormat.Formulas.Compilation;

/// <summary>A checked syntax node: its type and how to compute it.</summary>
internal abstract record Bound(SyntaxNode Syntax);

/// <summary>A value of a <see cref="FormulaType"/>; <see cref="EnumNames"/> when it reads an enum field.</summary>
internal sealed record ScalarBound(SyntaxNode Syntax, FormulaType Type, Evaluator Evaluate, IReadOnlyList<string>? EnumNames = null) : Bound(Syntax);

/// <summary>A single fact, from <c>one(…)</c>, whose fields <c>.Field</c> reads.</summary>
internal sealed record FactBound(SyntaxNode Syntax, FactTypeInfo FactType, FactEvaluator Evaluate) : Bound(Syntax);

/// <summary>The <c>null</c> literal, which only <c>==</c> and <c>!=</c> accept.</summary>
internal sealed record NullBound(SyntaxNode Syntax) : Bound(Syntax);

/// <summary>A node that failed the check; its error is already reported, so nothing built on it reports another.</summary>
internal sealed record ErrorBound(SyntaxNode Syntax) : Bound(Syntax);

/// <summary>
/// The fact list an aggregate runs over: the facts of <see cref="FactType"/> meeting <see cref="Condition"/> (all when
/// null), optionally projected to one field.
/// </summary>
internal sealed record FactSource(FactTypeInfo FactType, FieldAccessor? Projection, Evaluator? Condition, string Description);
