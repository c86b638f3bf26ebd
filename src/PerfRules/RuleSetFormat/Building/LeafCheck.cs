using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>A check of a leaf's facts before its block scores them.</summary>
internal abstract record LeafCheck;

/// <summary>Exactly one fact of the type: none is missing data, several an error; the checks after it wait for it.</summary>
internal sealed record SingleFactCheck(FactTypeInfo Type) : LeafCheck;

/// <summary>A problem reported when a condition holds.</summary>
internal sealed record ConditionCheck(BoundFormula When, DeclaredProblem Problem) : LeafCheck;

/// <summary>No two facts of the type (meeting the condition) share the field's value; else an error naming the field.</summary>
internal sealed record UniqueCheck(FactTypeInfo Type, FieldAccessor Field, BoundFormula? Where, BoundTemplate? Message, Formula Reads) : LeafCheck;
