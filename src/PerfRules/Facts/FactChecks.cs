using PerfRules.Explanations;
using PerfRules.Indicators;
using PerfRules.Internal;
using PerfRules.Results;

namespace PerfRules.Facts;

/// <summary>
/// Collects a fact's problems with messages in both languages, so every fact reports them the same way. Each check
/// takes the field's name (for the English message and <see cref="FactProblem.Field"/>) and its Chinese label.
/// </summary>
/// <remarks>
/// A struct: facts are validated by every rule that scores from them, on every evaluation, and most are sound, so a sound
/// fact's checks allocate nothing. Each check adds to this value and returns it, so checks chain from <c>new</c>, or are
/// called one by one on a variable; never chain calls on a variable, whose later links would add to a copy.
/// </remarks>
internal struct FactChecks(string factType)
{
    // The list is made only for the first problem; copies made by chaining share it.
    private List<FactProblem>? _problems;

    public IReadOnlyList<FactProblem> Problems => _problems ?? (IReadOnlyList<FactProblem>)[];

    public FactChecks Add(string field, string chinese, string english)
    {
        (_problems ??= []).Add(new FactProblem(factType, field, new LocalizedText(chinese, english)));
        return this;
    }

    public FactChecks NotNegative(string field, string label, decimal? value) =>
        value is { } v && v < 0m
            ? Add(field, $"{label}不能为负数（{ReportFormat.Number(v)}）", $"{field} must not be negative ({ReportFormat.Number(v)})")
            : this;

    public FactChecks Required(string field, string label, string? value) =>
        Blank.Is(value) ? Add(field, $"{label}不能为空", $"{field} is required") : this;

    // A negative limit is already reported by NotNegative; comparing against it would only repeat that problem.
    public FactChecks AtMost(string field, string label, decimal? value, string limitField, string limitLabel, decimal? limit) =>
        value is { } v && limit is { } l && l >= 0m && v > l
            ? Add(field, $"{label}（{ReportFormat.Number(v)}）不能大于{limitLabel}（{ReportFormat.Number(l)}）",
                $"{field} ({ReportFormat.Number(v)}) must not exceed {limitField} ({ReportFormat.Number(l)})")
            : this;

    public FactChecks NotBefore(string field, string label, DateOnly? date, string earlierField, string earlierLabel, DateOnly? earlier) =>
        date is { } d && earlier is { } e && d < e
            ? Add(field, $"{label}（{ReportFormat.Date(d)}）早于{earlierLabel}（{ReportFormat.Date(e)}），日期有误",
                $"{field} ({ReportFormat.Date(d, Language.English)}) is before {earlierField} ({ReportFormat.Date(e, Language.English)}): one of the dates is wrong")
            : this;

    public FactChecks Code(string field, string? code) =>
        IndicatorCode.IsValid(code) ? this
            : Add(field, $"指标编码“{code}”无效，应为以点分隔的数字，如2.1.2", $"{field} '{code}' is not an indicator code such as 2.1.2");

    public FactChecks Defined<TEnum>(string field, string label, TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? this : Add(field, $"{label}的取值{value}无效", $"{field} has an unknown value {value}");
}
