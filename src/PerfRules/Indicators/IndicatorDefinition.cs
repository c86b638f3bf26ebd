using PerfRules.Results;

namespace PerfRules.Indicators;

/// <summary>
/// One row of a scoring table (指标): its code, name, weight (权重/分值) and criteria (评分标准). The code says where it
/// sits: <c>2.1.2</c> is a level-3 indicator under <c>2.1</c>, itself under <c>2</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndicatorDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="code">The code: positive numbers separated by dots, e.g. <c>2.1.2</c>.</param>
    /// <param name="name">The name, e.g. 支出完成率 / expenditure completion rate.</param>
    /// <param name="weight">The points the table gives it, not negative (加减分项 weigh 0).</param>
    /// <param name="criteria">The scoring criteria as the table states them, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative.</exception>
    public IndicatorDefinition(string code, LocalizedText name, decimal weight, LocalizedText? criteria = null)
    {
        if (!IndicatorCode.IsValid(code))
        {
            throw new ArgumentException($"'{code}' is not an indicator code: use positive numbers separated by dots, such as 2.1.2.", nameof(code));
        }

        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        Code = code;
        Name = name;
        Weight = weight;
        Criteria = criteria;
        ParentCode = IndicatorCode.Parent(code);
        Level = code.AsSpan().Count('.') + 1;
    }

    /// <summary>The code, e.g. <c>2.1.2</c>.</summary>
    public string Code { get; }

    /// <summary>The name, in Chinese and, if given, English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The points the table gives it (权重).</summary>
    public decimal Weight { get; }

    /// <summary>The scoring criteria (评分标准), if given.</summary>
    public LocalizedText? Criteria { get; }

    /// <summary>The parent's code, derived from the code: <c>2.1</c> for <c>2.1.2</c>; null at level 1.</summary>
    public string? ParentCode { get; }

    /// <summary>The level: 1 for <c>2</c> (一级指标), 2 for <c>2.1</c>, 3 for <c>2.1.2</c>.</summary>
    public int Level { get; }

    /// <summary>"2.1.2 支出完成率 (4)".</summary>
    /// <returns>The definition as text.</returns>
    public override string ToString() => $"{Code} {Name.Chinese} ({Weight})";
}
