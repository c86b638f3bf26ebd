using System.Text;
using PerfRules.Results;

namespace PerfRules.RuleSetFormat.Templates;

/// <summary>
/// Parses a text template (docs/rule-set-format.md, "Texts with values"): literal text, <c>{formula}</c> and
/// <c>{formula:format}</c> placeholders, <c>{#if …}{#else}{#end}</c> sections, <c>{#each …}{#end}</c> loops and
/// <c>{#index}</c>, <c>{#deducted}</c>; <c>{{</c> and <c>}}</c> are literal braces. Formulas stay text here; they are checked when the
/// template is compiled.
/// </summary>
internal static class TemplateParser
{
    /// <summary>How deep sections and loops may nest.</summary>
    public const int MaxNesting = 8;

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong and where (an index into the text).</summary>
    public static bool TryParse(string text, out IReadOnlyList<TemplatePart> parts, out (int Position, LocalizedText Message)? error)
    {
        var frames = new Stack<Frame>();
        var root = new Frame(FrameKind.Root, 0, null);
        var current = root;
        var literal = new StringBuilder();
        var literalStart = 0;
        parts = [];
        error = null;

        void Flush(int next)
        {
            if (literal.Length > 0)
            {
                current.Add(new LiteralPart(literal.ToString(), literalStart));
                literal.Clear();
            }

            literalStart = next;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
                continue;
            }

            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i++;
                continue;
            }

            if (c == '}')
            {
                error = (i, new LocalizedText("多余的“}”：文本中的花括号请写成“}}”", "an unmatched '}': write a literal brace as '}}'"));
                return false;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = Closing(text, i + 1);
            if (close < 0)
            {
                error = (i, new LocalizedText("“{”没有对应的“}”：文本中的花括号请写成“{{”", "'{' has no matching '}': write a literal brace as '{{'"));
                return false;
            }

            Flush(close + 1);
            var content = text[(i + 1)..close];
            var contentStart = i + 1;
            var trimmed = content.TrimStart();
            var offset = contentStart + (content.Length - trimmed.Length);
            if (trimmed.StartsWith('#'))
            {
                var directive = trimmed.TrimEnd();
                if (Keyword(directive, "#if") is { } condition)
                {
                    if (frames.Count >= MaxNesting)
                    {
                        error = (i, new LocalizedText($"#if和#each最多嵌套{MaxNesting}层", $"#if and #each nest at most {MaxNesting} deep"));
                        return false;
                    }

                    frames.Push(current);
                    current = new Frame(FrameKind.If, i, new IfPart(condition, offset + (directive.Length - condition.Length), [], [], i));
                }
                else if (directive == "#else")
                {
                    if (current.Kind != FrameKind.If || current.InElse)
                    {
                        error = (i, new LocalizedText("{#else}只能在{#if …}和{#end}之间出现一次", "{#else} can only appear once between {#if …} and {#end}"));
                        return false;
                    }

                    current.InElse = true;
                }
                else if (directive == "#end")
                {
                    if (current.Kind == FrameKind.Root)
                    {
                        error = (i, new LocalizedText("{#end}没有对应的{#if …}或{#each …}", "{#end} has no matching {#if …} or {#each …}"));
                        return false;
                    }

                    var done = current.Close();
                    current = frames.Pop();
                    current.Add(done);
                }
                else if (Keyword(directive, "#each") is { } spec)
                {
                    if (frames.Count >= MaxNesting)
                    {
                        error = (i, new LocalizedText($"#if和#each最多嵌套{MaxNesting}层", $"#if and #each nest at most {MaxNesting} deep"));
                        return false;
                    }

                    if (!TryEach(spec, offset + (directive.Length - spec.Length), i, out var each, out var problem))
                    {
                        error = problem;
                        return false;
                    }

                    frames.Push(current);
                    current = new Frame(FrameKind.Each, i, each);
                }
                else if (directive == "#index")
                {
                    current.Add(new IndexPart(i));
                }
                else if (directive == "#deducted")
                {
                    current.Add(new DeductedPart(i));
                }
                else
                {
                    error = (i, new LocalizedText(
                        $"未知的指令“{directive}”：可用的有{{#if 条件}}、{{#else}}、{{#end}}、{{#each 事实类型 …}}、{{#index}}、{{#deducted}}",
                        $"unknown directive '{directive}': the directives are {{#if condition}}, {{#else}}, {{#end}}, {{#each FactType …}}, {{#index}}, {{#deducted}}"));
                    return false;
                }
            }
            else
            {
                var (formula, format) = SplitFormat(content);
                if (string.IsNullOrWhiteSpace(formula))
                {
                    error = (i, new LocalizedText("“{}”中应为公式，如{SelfEvaluationSubmission.Deadline}", "'{}' must hold a formula, such as {SelfEvaluationSubmission.Deadline}"));
                    return false;
                }

                current.Add(new ValuePart(formula, contentStart, format, i));
            }

            i = close;
        }

        Flush(text.Length);
        if (current.Kind != FrameKind.Root)
        {
            error = (current.Start, new LocalizedText("{#if …}或{#each …}没有对应的{#end}", "{#if …} or {#each …} has no matching {#end}"));
            return false;
        }

        parts = root.Parts;
        return true;
    }

    // The '}' that closes a placeholder, skipping quoted text (a formula's strings may hold braces).
    private static int Closing(string text, int from)
    {
        foreach (var i in Unquoted(text, from))
        {
            if (text[i] == '}')
            {
                return i;
            }

            if (text[i] == '{')
            {
                return -1;
            }
        }

        return -1;
    }

    // "Points * 2:points" → ("Points * 2", "points"); a colon in quotes is text. Formulas have no colon of their own.
    private static (string Formula, string? Format) SplitFormat(string content)
    {
        var colon = -1;
        foreach (var i in Unquoted(content, 0))
        {
            if (content[i] == ':')
            {
                colon = i;
            }
        }

        return colon < 0 ? (content, null) : (content[..colon], content[(colon + 1)..].Trim());
    }

    // The positions of the characters outside quoted text ('…' or "…", with backslash escapes), from a position on.
    private static IEnumerable<int> Unquoted(string text, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else
            {
                yield return i;
            }
        }
    }

    // The first of the positions after a position, or the end: loops over ints rather than LINQ, whose code for ints is
    // compiled anew in every process that loads a document.
    private static int Earliest(int[] positions, int after, int end)
    {
        var earliest = end;
        foreach (var position in positions)
        {
            if (position > after && position < earliest)
            {
                earliest = position;
            }
        }

        return earliest;
    }

    private static string? Keyword(string directive, string keyword) =>
        directive.StartsWith(keyword, StringComparison.Ordinal) && directive.Length > keyword.Length && char.IsWhiteSpace(directive[keyword.Length])
            ? directive[(keyword.Length + 1)..].Trim()
            : null;

    // "ExternalAssessment where Kind == 'x' orderBy Name, Score separator '、'".
    private static bool TryEach(string spec, int specStart, int start, out EachPart each, out (int Position, LocalizedText Message)? error)
    {
        each = null!;
        error = null;
        var orderBy = Find(spec, "orderBy");
        var separator = Find(spec, "separator");
        var where = Find(spec, "where");
        if ((orderBy >= 0 && separator >= 0 && orderBy > separator) || (where >= 0 && ((orderBy >= 0 && where > orderBy) || (separator >= 0 && where > separator))))
        {
            error = (start, new LocalizedText("#each的各部分应按此顺序书写：事实类型 where 条件 orderBy 字段 separator '分隔符'", "write the parts of #each in this order: FactType where condition orderBy Field separator 'text'"));
            return false;
        }

        var typeEnd = Earliest([where, orderBy, separator], after: -1, spec.Length);
        var factType = spec[..typeEnd].Trim();
        if (factType.Length == 0 || !factType.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            error = (start, new LocalizedText($"#each后面应为事实类型，如{{#each ExternalAssessment}}，实际是“{factType}”", $"#each must be followed by a fact type, as in {{#each ExternalAssessment}}, not '{factType}'"));
            return false;
        }

        string? condition = null;
        var conditionStart = 0;
        if (where >= 0)
        {
            var end = Earliest([orderBy, separator], after: where, spec.Length);
            condition = spec[(where + "where".Length)..end];
            conditionStart = specStart + where + "where".Length;
            if (string.IsNullOrWhiteSpace(condition))
            {
                error = (start, new LocalizedText("#each的where后面应为条件", "#each's where must be followed by a condition"));
                return false;
            }
        }

        var fields = new List<string>();
        if (orderBy >= 0)
        {
            var end = separator > orderBy ? separator : spec.Length;
            fields.AddRange(spec[(orderBy + "orderBy".Length)..end].Split(',').Select(f => f.Trim()));
            if (fields.Any(f => f.Length == 0))
            {
                error = (start, new LocalizedText("orderBy后面应为逗号分隔的字段，如orderBy Name, Score", "orderBy must be followed by fields separated by commas, as in orderBy Name, Score"));
                return false;
            }
        }

        var joiner = "";
        if (separator >= 0)
        {
            var literal = spec[(separator + "separator".Length)..].Trim();
            if (literal.Length < 2 || literal[0] is not ('\'' or '"') || literal[^1] != literal[0])
            {
                error = (start, new LocalizedText("separator后面应为带引号的文字，如separator '、'", "separator must be followed by quoted text, as in separator '、'"));
                return false;
            }

            joiner = literal[1..^1].Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        each = new EachPart(factType, condition, conditionStart, fields, joiner, [], start);
        return true;
    }

    // A keyword of #each outside quotes, standing alone as a word.
    private static int Find(string spec, string keyword)
    {
        char? quote = null;
        for (var i = 0; i < spec.Length; i++)
        {
            var c = spec[i];
            if (quote is { } q)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                continue;
            }

            if (i > 0 && char.IsWhiteSpace(spec[i - 1]) && string.CompareOrdinal(spec, i, keyword, 0, keyword.Length) == 0
                && (i + keyword.Length == spec.Length || char.IsWhiteSpace(spec[i + keyword.Length])))
            {
                return i;
            }
        }

        return -1;
    }

    private enum FrameKind
    {
        Root,
        If,
        Each,
    }

    private sealed class Frame(FrameKind kind, int start, TemplatePart? owner)
    {
        private readonly List<TemplatePart> _then = [];
        private readonly List<TemplatePart> _else = [];

        public FrameKind Kind { get; } = kind;

        public int Start { get; } = start;

        public bool InElse { get; set; }

        public IReadOnlyList<TemplatePart> Parts => _then;

        public void Add(TemplatePart part) => (InElse ? _else : _then).Add(part);

        public TemplatePart Close() => owner switch
        {
            IfPart section => section with { Then = [.. _then], Else = [.. _else] },
            EachPart loop => loop with { Body = [.. _then] },
            _ => throw new InvalidOperationException("The root frame is never closed."),
        };
    }
}
