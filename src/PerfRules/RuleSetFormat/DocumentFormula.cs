namespace PerfRules.RuleSetFormat;

/// <summary>A formula written in a rule-set document, with where it is: for linters and editors.</summary>
/// <param name="Text">The formula.</param>
/// <param name="Path">The JSON path of the string holding it, such as <c>$.indicators[12].scoring.metric.formula</c>.</param>
/// <param name="Line">The line (from 1) of the string's opening quote.</param>
/// <param name="Column">The column (from 1) of the string's opening quote.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DocumentFormula(string Text, string Path, int Line, int Column);
