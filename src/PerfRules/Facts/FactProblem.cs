using PerfRules.Results;

namespace PerfRules.Facts;

/// <summary>
/// Something wrong with a fact (a negative budget, a publication before its approval …), naming the fact type, the
/// field and, once someone scores it, the indicator. A fact with problems is reported, never silently scored.
/// </summary>
/// <param name="FactType">The fact type, e.g. <c>Disclosure</c>.</param>
/// <param name="Field">The field, e.g. <c>PublishedOn</c>.</param>
/// <param name="Message">What is wrong, in Chinese and English.</param>
/// <param name="IndicatorCode">The indicator the fact was scored for, e.g. <c>3.1.1</c>; null until known.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FactProblem(string FactType, string Field, LocalizedText Message, string? IndicatorCode = null)
{
    /// <summary>The same problem, attributed to an indicator.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <returns>A copy naming the indicator.</returns>
    public FactProblem ForIndicator(string indicatorCode) => this with { IndicatorCode = indicatorCode };

    /// <summary>A one-line description: "[3.1.1] Disclosure.PublishedOn: 公开日期早于批复日期…".</summary>
    /// <returns>The description, in Chinese.</returns>
    public override string ToString() =>
        (IndicatorCode is null ? "" : $"[{IndicatorCode}] ") + $"{FactType}.{Field}: {Message.Chinese}";
}
