using System.Globalization;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Explanations;

/// <summary>
/// Formats numbers, money, rates, points and dates the way the evaluation reports print them, so that a note the
/// library writes reads like the scoring note (评分说明) it replaces.
/// </summary>
/// <remarks>Culture-invariant: output never depends on the machine's culture. Thread-safe.</remarks>
public static class ReportFormat
{
    private const string Trimmed = "0.############################";

    /// <summary>A number without trailing zeros and without grouping: 3.00 → "3", 0.50 → "0.5", 0.875 → "0.875".</summary>
    /// <param name="value">The number.</param>
    /// <returns>The number as text.</returns>
    public static string Number(decimal value) => value.ToString(Trimmed, CultureInfo.InvariantCulture);

    /// <summary>An amount in yuan (元), rounded to the fen and without trailing zeros: 219686.00 → "219686".</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The number, without the unit.</returns>
    public static string Yuan(decimal yuan) => Number(ScoreRounding.Round(yuan));

    /// <summary>An amount in yuan shown in ten-thousands of yuan (万元) with exactly two decimals: 10303600 → "1030.36".</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The number, without the unit.</returns>
    public static string WanYuan(decimal yuan) => Fixed(yuan / 10_000m, 2);

    /// <summary>
    /// An amount in yuan shown in millions of yuan with four decimals, the English counterpart of <see cref="WanYuan"/>
    /// at the same precision: 10303600 → "10.3036".
    /// </summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The number, without the unit.</returns>
    public static string MillionYuan(decimal yuan) => Fixed(yuan / 1_000_000m, 4);

    /// <summary>A ratio as a percentage with exactly two decimals: 0.474068 → "47.41%", 1 → "100.00%".</summary>
    /// <param name="ratio">The ratio (0.5 means 50%).</param>
    /// <returns>The percentage, with its sign.</returns>
    public static string Percent(decimal ratio) => Fixed(ratio * 100m, 2) + "%";

    /// <summary>
    /// A ratio that is a parameter of the criteria (a band bound, a step size) as a percentage without trailing zeros:
    /// 0.9 → "90%", 0.05 → "5%", 0.125 → "12.5%".
    /// </summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns>The percentage, with its sign.</returns>
    public static string PercentBound(decimal ratio) => Number(ratio * 100m) + "%";

    /// <summary>Points (分) rounded half away from zero to two places, without trailing zeros: 3.00 → "3", 4.3125 → "4.31".</summary>
    /// <param name="points">The points.</param>
    /// <returns>The number, without the unit.</returns>
    public static string Points(decimal points) => Number(ScoreRounding.Round(points));

    /// <summary>A deduction as the report writes it: "扣3分", "扣0.5分"; English "3 points deducted".</summary>
    /// <param name="points">The points deducted, as a positive number.</param>
    /// <returns>The text in both languages.</returns>
    public static LocalizedText Deducted(decimal points) =>
        new($"扣{Points(points)}分", $"{PointsEnglish(points)} deducted");

    /// <summary>A score as the report writes it: "得3分"; English "scores 3 points".</summary>
    /// <param name="points">The points scored.</param>
    /// <returns>The text in both languages.</returns>
    public static LocalizedText Awarded(decimal points) =>
        new($"得{Points(points)}分", $"scores {PointsEnglish(points)}");

    /// <summary>A date: Chinese "2023年4月30日", English "2023-04-30".</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>The date as text.</returns>
    public static string Date(DateOnly date, Language language = Language.Chinese) =>
        language == Language.Chinese
            ? $"{date.Year}年{date.Month}月{date.Day}日"
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A number as it appears inside arithmetic, in the display scale of its unit but without the unit:
    /// a <see cref="ValueUnit.WanYuan"/> amount of 10303600 is "1030.36" in Chinese and "10.3036" (millions) in English;
    /// a <see cref="ValueUnit.Percent"/> ratio of 0.4741 is "47.41%".
    /// </summary>
    /// <param name="value">The value in its base quantity (yuan, ratio, count).</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="language">The language.</param>
    /// <returns>The number as text.</returns>
    public static string NumberIn(decimal value, ValueUnit unit, Language language = Language.Chinese) => unit switch
    {
        ValueUnit.Yuan => Yuan(value),
        ValueUnit.WanYuan => language == Language.Chinese ? WanYuan(value) : MillionYuan(value),
        ValueUnit.Percent => Percent(value),
        ValueUnit.Points => Points(value),
        _ => Number(value),
    };

    /// <summary>
    /// A quantity with its unit: Chinese "1030.36万元", "5天", "3项"; English "10.3036 million yuan", "5 days", "3 items".
    /// </summary>
    /// <param name="value">The value in its base quantity (yuan, ratio, count).</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="language">The language.</param>
    /// <returns>The quantity as text.</returns>
    public static string Quantity(decimal value, ValueUnit unit, Language language = Language.Chinese)
    {
        var number = NumberIn(value, unit, language);
        if (language == Language.Chinese)
        {
            return unit switch
            {
                ValueUnit.Yuan => number + "元",
                ValueUnit.WanYuan => number + "万元",
                ValueUnit.Days => number + "天",
                ValueUnit.Items => number + "项",
                ValueUnit.Cases => number + "件",
                ValueUnit.Persons => number + "人",
                ValueUnit.Points => number + "分",
                _ => number,
            };
        }

        var one = value == 1m;
        return unit switch
        {
            ValueUnit.Yuan => number + " yuan",
            ValueUnit.WanYuan => number + " million yuan",
            ValueUnit.Days => number + (one ? " day" : " days"),
            ValueUnit.Items => number + (one ? " item" : " items"),
            ValueUnit.Cases => number + (one ? " case" : " cases"),
            ValueUnit.Persons => number + (one ? " person" : " persons"),
            ValueUnit.Points => PointsEnglish(value),
            _ => number,
        };
    }

    private static string PointsEnglish(decimal points) =>
        Points(points) + (ScoreRounding.Round(points) == 1m ? " point" : " points");

    private static string Fixed(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            .ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
