namespace PerfRules.RuleSetFormat.Formulas.Compilation;

/// <summary>A compiled formula node: computes its value, or returns the missing data or error that stops it.</summary>
internal delegate FormulaValue Evaluator(EvaluationContext context);

/// <summary>A compiled node whose value is a whole fact (<c>one(Disclosure where …)</c>): the fact, or why there is none.</summary>
internal delegate object? FactEvaluator(EvaluationContext context, out FormulaValue? failure);
