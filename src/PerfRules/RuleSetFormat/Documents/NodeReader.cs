using System.Globalization;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.RuleSetFormat.Json;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>
/// Reads typed values out of <see cref="DocNode"/>s and reports, with the node's path and position, every value of the
/// wrong shape: a missing required property, an unknown one (with the nearest known name), a string where a number
/// belongs. A value that cannot be read yields null and the reading goes on, so every problem is reported at once.
/// </summary>
internal sealed class NodeReader(Diagnostics diagnostics)
{
    // Property names any object may carry, for the author's notes and for editors.
    private static readonly string[] Ignored = ["$comment", "$schema"];

    public Diagnostics Diagnostics { get; } = diagnostics;

    /// <summary>Checks that <paramref name="node"/> is an object with only <paramref name="known"/> properties.</summary>
    public bool Object(DocNode node, string whatZh, string whatEn, params string[] known)
    {
        if (node.Kind != DocNodeKind.Object)
        {
            var (zh, en) = node.Describe();
            Diagnostics.Error(node, $"{whatZh}应为JSON对象{{…}}，实际是{zh}", $"{whatEn} should be a JSON object {{…}}, not {en}");
            return false;
        }

        foreach (var property in node.Properties.Where(p => !known.Contains(p.Name, StringComparer.Ordinal) && !Ignored.Contains(p.Name, StringComparer.Ordinal)))
        {
            var suggestion = NameSuggestions.Closest(property.Name, known);
            Diagnostics.Error(property.NameLocation,
                $"{whatZh}没有属性“{property.Name}”{(suggestion is null ? "" : $"，是否应为“{suggestion}”？")}；可用的属性：{string.Join("、", known)}",
                $"{whatEn} has no property \"{property.Name}\"{(suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)")}; its properties are: {string.Join(", ", known)}");
        }

        return true;
    }

    public DocNode? Required(DocNode owner, string name, string whatZh, string whatEn)
    {
        var value = owner[name];
        if (value is null)
        {
            Diagnostics.Error(owner, $"{whatZh}缺少必需的属性“{name}”", $"{whatEn} lacks the required property \"{name}\"");
        }

        return value;
    }

    public string? String(DocNode? node, bool allowBlank = false)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind != DocNodeKind.String)
        {
            Wrong(node, "字符串", "a string");
            return null;
        }

        if (!allowBlank && string.IsNullOrWhiteSpace(node.Text))
        {
            Diagnostics.Error(node, "不能为空字符串", "must not be blank");
            return null;
        }

        if (node.Text!.Length > RuleSetJson.MaxTextLength)
        {
            Diagnostics.Error(node, $"文本有{node.Text.Length}个字符，超过上限{RuleSetJson.MaxTextLength}", $"the text is {node.Text.Length} characters long, more than the limit of {RuleSetJson.MaxTextLength}");
            return null;
        }

        return node.Text;
    }

    public bool? Boolean(DocNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind is DocNodeKind.True or DocNodeKind.False)
        {
            return node.Kind == DocNodeKind.True;
        }

        Wrong(node, "true或false", "true or false");
        return null;
    }

    /// <summary>A JSON number, exactly as written (decimal, not binary floating point).</summary>
    public decimal? Number(DocNode? node, bool allowPercent = false)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind == DocNodeKind.Number)
        {
            if (decimal.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Diagnostics.Error(node, $"数字{node.Text}超出可表示的范围", $"the number {node.Text} is out of range");
            return null;
        }

        if (allowPercent && node.Kind == DocNodeKind.String && IntervalText.TryNumber(node.Text!.Trim(), out var number))
        {
            return number;
        }

        Wrong(node, allowPercent ? "数字或百分数字符串（如0.05或\"5%\"）" : "数字", allowPercent ? "a number or a percentage string (such as 0.05 or \"5%\")" : "a number");
        return null;
    }

    public decimal? NonNegative(DocNode? node, bool allowPercent = false)
    {
        var value = Number(node, allowPercent);
        if (value < 0m)
        {
            Diagnostics.Error(node!, $"不能为负数（{Format(value.Value)}）", $"must not be negative ({Format(value.Value)})");
            return null;
        }

        return value;
    }

    public decimal? Positive(DocNode? node, bool allowPercent = false)
    {
        var value = Number(node, allowPercent);
        if (value <= 0m)
        {
            Diagnostics.Error(node!, $"必须大于0（{Format(value.Value)}）", $"must be greater than 0 ({Format(value.Value)})");
            return null;
        }

        return value;
    }

    public int? Integer(DocNode? node, int minimum, int maximum)
    {
        var value = Number(node);
        if (value is null)
        {
            return null;
        }

        if (value != decimal.Truncate(value.Value) || value < minimum || value > maximum)
        {
            Diagnostics.Error(node!, $"应为{minimum}到{maximum}之间的整数，实际是{Format(value.Value)}", $"should be a whole number from {minimum} to {maximum}, not {Format(value.Value)}");
            return null;
        }

        return (int)value.Value;
    }

    /// <summary>A text in Chinese, optionally with English: <c>"支出完成率"</c> or <c>{ "zh": "支出完成率", "en": "Expenditure completion rate" }</c>.</summary>
    public LocalizedText? Text(DocNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind == DocNodeKind.String)
        {
            return String(node) is { } chinese ? new LocalizedText(chinese) : null;
        }

        if (node.Kind != DocNodeKind.Object)
        {
            Wrong(node, "文本（字符串，或{\"zh\": …, \"en\": …}）", "a text (a string, or {\"zh\": …, \"en\": …})");
            return null;
        }

        if (!Object(node, "文本", "a text", "zh", "en"))
        {
            return null;
        }

        var zh = String(Required(node, "zh", "文本", "a text"));
        var en = String(node["en"]);
        return zh is null ? null : new LocalizedText(zh, en);
    }

    /// <summary>A text with placeholders: a string, or <c>{"zh": …, "en": …}</c>, kept with its JSON strings for error locations.</summary>
    public TemplateText? Template(DocNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind == DocNodeKind.String)
        {
            return String(node) is { } chinese ? new TemplateText(chinese, node, null, null, node.Location) : null;
        }

        if (node.Kind != DocNodeKind.Object)
        {
            Wrong(node, "文本（字符串，或{\"zh\": …, \"en\": …}）", "a text (a string, or {\"zh\": …, \"en\": …})");
            return null;
        }

        if (!Object(node, "文本", "a text", "zh", "en"))
        {
            return null;
        }

        var zhNode = Required(node, "zh", "文本", "a text");
        var zh = String(zhNode);
        var en = String(node["en"]);
        return zh is null ? null : new TemplateText(zh, zhNode!, en, en is null ? null : node["en"], node.Location);
    }

    /// <summary>One of <paramref name="allowed"/>, exactly (the nearest is suggested otherwise).</summary>
    public string? OneOf(DocNode? node, params string[] allowed)
    {
        var text = String(node);
        if (text is null)
        {
            return null;
        }

        if (allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        var suggestion = NameSuggestions.Closest(text, allowed);
        Diagnostics.Error(node!,
            $"“{text}”不是可用的值{(suggestion is null ? "" : $"，是否应为“{suggestion}”？")}；可用的值：{string.Join("、", allowed)}",
            $"\"{text}\" is not one of the allowed values{(suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)")}: {string.Join(", ", allowed)}");
        return null;
    }

    public Interval? Interval(DocNode? node)
    {
        var text = String(node);
        if (text is null)
        {
            return null;
        }

        if (IntervalText.TryParse(text, out var interval, out var problem))
        {
            return interval;
        }

        Diagnostics.Error(node!, $"区间“{text}”无效：{problem.Chinese}", $"the interval \"{text}\" is not valid: {problem.English}");
        return null;
    }

    public DateOnly? Date(DocNode? node)
    {
        var text = String(node);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Diagnostics.Error(node!, $"“{text}”不是日期：日期写作\"2023-04-30\"（年-月-日，月和日各两位）", $"\"{text}\" is not a date: write dates as \"2023-04-30\" (year-month-day, two-digit month and day)");
        return null;
    }

    /// <summary>A formula: a string, kept with its node so that a problem inside it can point at the character.</summary>
    public FormulaText? Formula(DocNode? node)
    {
        var text = String(node);
        return text is null ? null : new FormulaText(text, node!);
    }

    public IReadOnlyList<DocNode>? Array(DocNode? node, string whatZh, string whatEn, int maximum, bool allowEmpty = false)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind != DocNodeKind.Array)
        {
            Wrong(node, "数组[…]", "an array […]");
            return null;
        }

        if (node.Items.Count == 0 && !allowEmpty)
        {
            Diagnostics.Error(node, $"{whatZh}不能为空", $"{whatEn} must not be empty");
            return null;
        }

        if (node.Items.Count > maximum)
        {
            Diagnostics.Error(node, $"{whatZh}有{node.Items.Count}项，超过上限{maximum}", $"{whatEn} has {node.Items.Count} entries, more than the limit of {maximum}");
            return null;
        }

        return node.Items;
    }

    public ValueUnit? Unit(DocNode? node) => OneOf(node, Units.Names) is { } name ? Units.Parse(name) : null;

    public void Wrong(DocNode node, string expectedZh, string expectedEn)
    {
        var (zh, en) = node.Describe();
        Diagnostics.Error(node, $"应为{expectedZh}，实际是{zh}", $"expected {expectedEn}, not {en}");
    }

    public static string Format(decimal value) => Explanations.ReportFormat.Number(value);
}
