namespace PerfRules.RuleSetFormat.Templates;

/// <summary>A piece of a parsed template; <see cref="Start"/> is its index in the template text, for error messages.</summary>
internal abstract record TemplatePart(int Start);

/// <summary>Text copied as it is.</summary>
internal sealed record LiteralPart(string Text, int Start) : TemplatePart(Start);

/// <summary><c>{formula}</c> or <c>{formula:format}</c>: the value of a formula, formatted.</summary>
internal sealed record ValuePart(string Formula, int FormulaStart, string? Format, int Start) : TemplatePart(Start);

/// <summary><c>{#if condition}…{#else}…{#end}</c>: one text or the other.</summary>
internal sealed record IfPart(string Condition, int ConditionStart, IReadOnlyList<TemplatePart> Then, IReadOnlyList<TemplatePart> Else, int Start)
    : TemplatePart(Start);

/// <summary>
/// <c>{#each FactType where condition orderBy Field, Field separator '、'}…{#end}</c>: the body once for every fact of a
/// list, in a stable order, joined by the separator.
/// </summary>
internal sealed record EachPart(
    string FactType,
    string? Condition,
    int ConditionStart,
    IReadOnlyList<string> OrderBy,
    string Separator,
    IReadOnlyList<TemplatePart> Body,
    int Start)
    : TemplatePart(Start);

/// <summary><c>{#index}</c>: the number of the current fact of the innermost <c>#each</c>, from 1.</summary>
internal sealed record IndexPart(int Start) : TemplatePart(Start);

/// <summary><c>{#deducted}</c>: in a deduction's reason, the points it deducts as the scorecard states them (扣0.93分).</summary>
internal sealed record DeductedPart(int Start) : TemplatePart(Start);
