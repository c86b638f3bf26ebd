using System.Text;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Documents;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.RuleSetFormat.Json;
using PerfRules.RuleSetFormat.Templates;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// A text template of a document, compiled: its placeholders' formulas parsed and checked, its loops bound to their fact
/// types and fields. Rendering it over the facts gives a <see cref="LocalizedText"/>, or the missing data or error a
/// formula ran into (a note is never written with a guessed value).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class BoundTemplate
{
    /// <summary>The formats a placeholder may ask for (each one known to Compiler.TryFormatType), in the order messages list them.</summary>
    private static readonly string[] FormatNames = ["number", "yuan", "wanYuan", "percent", "points", "pointsWithUnit", "date", "text", "clause"];

    /// <summary>Stands for the points a deduction takes until they are known (<see cref="Deducted"/>).</summary>
    private const char DeductedMark = '\u0002';

    private readonly IReadOnlyList<Piece> _chinese;
    private readonly IReadOnlyList<Piece>? _english;

    private BoundTemplate(IReadOnlyList<Piece> chinese, IReadOnlyList<Piece>? english, IReadOnlyList<Formula> formulas, string text)
    {
        _chinese = chinese;
        _english = english;
        Formulas = formulas;
        Text = text;
    }

    /// <summary>Every formula of the template, for the fact types the indicator must collect.</summary>
    public IReadOnlyList<Formula> Formulas { get; }

    /// <summary>The Chinese template as written, for fingerprints and messages.</summary>
    public string Text { get; }

    /// <summary>
    /// Compiles a template; every problem is reported at its character in the document. <paramref name="itemType"/> is
    /// the fact type bare names read outside any loop (a template evaluated for each fact of a list), or null.
    /// </summary>
    /// <remarks><paramref name="reason"/>: the text is a deduction's reason, which may state the points deducted (<c>{#deducted}</c>).</remarks>
    public static BoundTemplate? Compile(TemplateText text, FormulaCache cache, LabelBook labels, Diagnostics diagnostics, string? itemType = null, bool reason = false)
    {
        var formulas = new List<Formula>();
        var chinese = Compile(text.Chinese, text.ChineseNode, cache, labels, diagnostics, itemType, formulas, reason);
        var english = text.English is null ? null : Compile(text.English, text.EnglishNode!, cache, labels, diagnostics, itemType, formulas, reason);
        return chinese is null || (text.English is not null && english is null) ? null : new BoundTemplate(chinese, english, formulas, text.Chinese);
    }

    /// <summary>Renders the template over the facts (and the current fact, for a template evaluated per fact).</summary>
    /// <returns>The text, or null with <paramref name="failure"/> set when a formula is missing data or in error.</returns>
    public LocalizedText? Render(BlockContext context, object? item, out BlockOutcome? failure)
    {
        failure = null;
        var chinese = new StringBuilder();
        if (!Write(_chinese, Language.Chinese, context, new Frame(item, 0), chinese, ref failure))
        {
            return null;
        }

        if (_english is null)
        {
            return new LocalizedText(chinese.ToString());
        }

        var english = new StringBuilder();
        return Write(_english, Language.English, context, new Frame(item, 0), english, ref failure)
            ? new LocalizedText(chinese.ToString(), english.ToString())
            : null;
    }

    /// <summary>
    /// A deduction's reason with the points it deducts put in where it says <c>{#deducted}</c>: 扣0.93分 / 0.93 points
    /// deducted, the points after the deductions of the indicator were made to add up to what it lost.
    /// </summary>
    public static LocalizedText Deducted(LocalizedText reason, decimal points)
    {
        if (!reason.Chinese.Contains(DeductedMark, StringComparison.Ordinal) && reason.English?.Contains(DeductedMark, StringComparison.Ordinal) != true)
        {
            return reason;
        }

        var deducted = ReportFormat.Deducted(points);
        return new LocalizedText(
            reason.Chinese.Replace(DeductedMark.ToString(), deducted.Chinese, StringComparison.Ordinal),
            reason.English?.Replace(DeductedMark.ToString(), deducted.English, StringComparison.Ordinal));
    }

    private static List<Piece>? Compile(string text, DocNode node, FormulaCache cache, LabelBook labels, Diagnostics diagnostics, string? itemType, List<Formula> formulas, bool reason)
    {
        if (!TemplateParser.TryParse(text, out var parts, out var error))
        {
            diagnostics.Error(node.LocationOfCharacter(error!.Value.Position), $"文本模板有误：{error.Value.Message.Chinese}", $"the text template is wrong: {error.Value.Message.Get(Language.English)}");
            return null;
        }

        var compiler = new Compiler(cache, labels, diagnostics, node, formulas, reason);
        var pieces = compiler.Pieces(parts, itemType, inLoop: false);
        return compiler.Failed ? null : pieces;
    }

    private static bool Write(IReadOnlyList<Piece> pieces, Language language, BlockContext context, Frame frame, StringBuilder text, ref BlockOutcome? failure)
    {
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case Piece.Literal literal:
                    text.Append(literal.Text);
                    break;
                case Piece.Index:
                    text.Append(frame.Index);
                    break;
                case Piece.Deducted:
                    text.Append(DeductedMark);
                    break;
                case Piece.Value value:
                    var result = value.Formula.Formula.EvaluateFor(context.Scope, frame.Item);
                    if (!result.HasValue)
                    {
                        failure = value.Formula.Failure(result);
                        return false;
                    }

                    text.Append(Format(result, value.Format, language));
                    break;
                case Piece.Section section:
                    var test = section.Condition.Formula.EvaluateFor(context.Scope, frame.Item);
                    if (!test.HasValue)
                    {
                        failure = section.Condition.Failure(test);
                        return false;
                    }

                    if (!Write(test.AsBoolean() ? section.Then : section.Else, language, context, frame, text, ref failure))
                    {
                        return false;
                    }

                    break;
                case Piece.Loop loop:
                    var facts = Facts(loop, context, ref failure);
                    if (facts is null)
                    {
                        return false;
                    }

                    for (var i = 0; i < facts.Count; i++)
                    {
                        if (i > 0)
                        {
                            text.Append(loop.Separator);
                        }

                        if (!Write(loop.Body, language, context, new Frame(facts[i], i + 1), text, ref failure))
                        {
                            return false;
                        }
                    }

                    break;
            }
        }

        return true;
    }

    // The facts of the loop's type that meet its condition, in the stable order of FactOrder.
    private static List<object>? Facts(Piece.Loop loop, BlockContext context, ref BlockOutcome? failure)
    {
        var matches = new List<object>();
        foreach (var fact in context.Scope.FactsOf(loop.FactType.Type))
        {
            if (loop.Condition is null)
            {
                matches.Add(fact);
                continue;
            }

            var test = loop.Condition.Formula.EvaluateFor(context.Scope, fact);
            if (!test.HasValue)
            {
                failure = loop.Condition.Failure(test);
                return null;
            }

            if (test.AsBoolean())
            {
                matches.Add(fact);
            }
        }

        return FactOrder.Sort(matches, loop.FactType, loop.OrderBy);
    }

    /// <summary>A value as notes write it: numbers without trailing zeros, dates 2023年4月30日, true/false as 是/否.</summary>
    internal static string Format(FormulaValue value, string? format, Language language) => value.Kind switch
    {
        FormulaValueKind.Decimal => format switch
        {
            "yuan" => ReportFormat.Yuan(value.Number),
            "wanYuan" => language == Language.Chinese ? ReportFormat.WanYuan(value.Number) : ReportFormat.MillionYuan(value.Number),
            "percent" => ReportFormat.Percent(value.Number),
            "points" => ReportFormat.Points(value.Number),
            "pointsWithUnit" => ReportFormat.Quantity(value.Number, ValueUnit.Points, language),
            _ => ReportFormat.Number(value.Number),
        },
        FormulaValueKind.Date => ReportFormat.Date(value.Date, language),
        FormulaValueKind.Boolean => value.Truth ? (language == Language.Chinese ? "是" : "yes") : (language == Language.Chinese ? "否" : "no"),
        _ => format == "clause" ? Clause(value.Text) : value.Text,
    };

    // Evaluators' sentences often end with a full stop; a clause set inside a note drops it.
    internal static string Clause(string text) => text.Trim().TrimEnd('。', '；', ';', '.', '，', ',');

    private sealed record Frame(object? Item, int Index);

    private abstract record Piece
    {
        public sealed record Literal(string Text) : Piece;

        public sealed record Index : Piece;

        public sealed record Deducted : Piece;

        public sealed record Value(BoundFormula Formula, string? Format) : Piece;

        public sealed record Section(BoundFormula Condition, IReadOnlyList<Piece> Then, IReadOnlyList<Piece> Else) : Piece;

        public sealed record Loop(FactTypeInfo FactType, BoundFormula? Condition, IReadOnlyList<FieldAccessor> OrderBy, string Separator, IReadOnlyList<Piece> Body) : Piece;
    }

    private sealed class Compiler(FormulaCache cache, LabelBook labels, Diagnostics diagnostics, DocNode node, List<Formula> formulas, bool reason)
    {
        public bool Failed { get; private set; }

        public List<Piece> Pieces(IReadOnlyList<TemplatePart> parts, string? itemType, bool inLoop)
        {
            var pieces = new List<Piece>();
            foreach (var part in parts)
            {
                switch (part)
                {
                    case LiteralPart literal:
                        pieces.Add(new Piece.Literal(literal.Text));
                        break;
                    case IndexPart index:
                        if (!inLoop)
                        {
                            Error(index.Start, "{#index}只能用在{#each …}之中", "{#index} can only be used inside {#each …}");
                        }

                        pieces.Add(new Piece.Index());
                        break;
                    case DeductedPart deducted:
                        if (!reason)
                        {
                            Error(deducted.Start, "{#deducted}只能用在扣分理由（deduction的reason、扣分项的reason）中", "{#deducted} can only be used in a deduction's reason (a case's deduction reason, a deductions item's reason)");
                        }

                        pieces.Add(new Piece.Deducted());
                        break;
                    case ValuePart value:
                        if (Formula(value.Formula, value.FormulaStart, itemType, null) is { } formula)
                        {
                            if (value.Format is { } format && !CheckFormat(format, formula.Formula.ResultType, value.Start))
                            {
                                break;
                            }

                            pieces.Add(new Piece.Value(formula, value.Format));
                        }

                        break;
                    case IfPart section:
                        var condition = Formula(section.Condition, section.ConditionStart, itemType, FormulaType.Boolean);
                        var then = Pieces(section.Then, itemType, inLoop);
                        var otherwise = Pieces(section.Else, itemType, inLoop);
                        if (condition is not null)
                        {
                            pieces.Add(new Piece.Section(condition, then, otherwise));
                        }

                        break;
                    case EachPart loop:
                        if (Loop(loop) is { } bound)
                        {
                            pieces.Add(bound);
                        }

                        break;
                }
            }

            return pieces;
        }

        private Piece.Loop? Loop(EachPart loop)
        {
            if (!cache.Schema.TryGetFactType(loop.FactType, out var factType))
            {
                var suggestion = NameSuggestions.Closest(loop.FactType, cache.Schema.FactTypes);
                Error(loop.Start,
                    $"#each中未知的事实类型“{loop.FactType}”{(suggestion is null ? "" : $"，是否应为“{suggestion}”？")}",
                    $"unknown fact type '{loop.FactType}' in #each{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}");
                Pieces(loop.Body, null, inLoop: true);
                return null;
            }

            var condition = loop.Condition is null ? null : Formula(loop.Condition, loop.ConditionStart, factType.Name, FormulaType.Boolean);
            var order = new List<FieldAccessor>();
            foreach (var name in loop.OrderBy)
            {
                if (factType.Fields.TryGetValue(name, out var field))
                {
                    order.Add(field);
                }
                else
                {
                    var suggestion = NameSuggestions.Closest(name, factType.Fields.Keys);
                    Error(loop.Start,
                        $"{factType.Name}没有字段“{name}”{(suggestion is null ? "" : $"，是否应为“{suggestion}”？")}",
                        $"{factType.Name} has no field '{name}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}");
                }
            }

            // A loop reads its fact type even when its body reads no field, so the indicator collects those facts.
            if (cache.TryParse($"count({factType.Name})", out var reads, out _))
            {
                formulas.Add(reads);
            }

            var body = Pieces(loop.Body, factType.Name, inLoop: true);
            return new Piece.Loop(factType, condition, order, loop.Separator, body);
        }

        /// <summary>The type of value a format formats; a switch rather than a dictionary keyed by value type, which every
        /// process that loads a document would compile anew.</summary>
        private static bool TryFormatType(string format, out FormulaType type)
        {
            switch (format)
            {
                case "number" or "yuan" or "wanYuan" or "percent" or "points" or "pointsWithUnit":
                    type = FormulaType.Decimal;
                    return true;
                case "date":
                    type = FormulaType.Date;
                    return true;
                case "text" or "clause":
                    type = FormulaType.String;
                    return true;
                default:
                    type = default;
                    return false;
            }
        }

        private bool CheckFormat(string format, FormulaType type, int at)
        {
            if (!TryFormatType(format, out var wanted))
            {
                var suggestion = NameSuggestions.Closest(format, FormatNames);
                Error(at,
                    $"未知的格式“{format}”{(suggestion is null ? "" : $"，是否应为“{suggestion}”？")}；可用的格式：{string.Join("、", FormatNames)}",
                    $"unknown format '{format}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; the formats are: {string.Join(", ", FormatNames)}");
                return false;
            }

            if (wanted != type)
            {
                Error(at, $"格式“{format}”用于{FormulaTypeNames.Chinese(wanted)}，但这个值是{FormulaTypeNames.Chinese(type)}", $"the format '{format}' is for {FormulaTypeNames.English(wanted)}, but this value is {FormulaTypeNames.English(type)}");
                return false;
            }

            return true;
        }

        private BoundFormula? Formula(string text, int start, string? itemType, FormulaType? expected)
        {
            if (!cache.TryParseForEach(text, itemType, out var formula, out var errors))
            {
                foreach (var error in errors)
                {
                    Error(start + error.Position, $"文本模板中的公式有误：{error.Describe()}", $"a formula of the text template is wrong: {error.Describe(Language.English)}");
                }

                return null;
            }

            if (expected is { } type && formula.ResultType != type)
            {
                Error(start, $"条件应得出{FormulaTypeNames.Chinese(type)}，但“{text.Trim()}”得出{FormulaTypeNames.Chinese(formula.ResultType)}", $"the condition should give {FormulaTypeNames.English(type)}, but '{text.Trim()}' gives {FormulaTypeNames.English(formula.ResultType)}");
                return null;
            }

            formulas.Add(formula);
            return new BoundFormula(formula, cache.InputsOf(formula, labels), new LocalizedText("文本中的值", "a value of the text"));
        }

        private void Error(int position, string chinese, string english)
        {
            Failed = true;
            diagnostics.Error(node.LocationOfCharacter(position), chinese, english);
        }

    }
}
