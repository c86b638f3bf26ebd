using System.Globalization;
using System.Text;
using PerfRules.Internal;
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
    /// <summary>A number without trailing zeros and without grouping: 3.00 → "3", 0.50 → "0.5", 0.875 → "0.875".</summary>
    /// <param name="value">The number.</param>
    /// <returns>The number as text.</returns>
    public static string Number(decimal value) => PlainNumber.Trimmed(value);

    /// <summary>An amount in yuan (元), rounded to the fen and without trailing zeros: 219686.00 → "219686".</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The number, without the unit.</returns>
    public static string Yuan(decimal yuan) => PlainNumber.Trimmed(ScoreRounding.Round(yuan));

    /// <summary>An amount in yuan shown in ten-thousands of yuan (万元) with exactly two decimals: 10303600 → "1030.36".</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The number, without the unit.</returns>
    public static string WanYuan(decimal yuan) => PlainNumber.Fixed(PlainNumber.PointMovedLeft(yuan, 4), 2);

    /// <summary>
    /// An amount in yuan shown in millions of yuan with four decimals, the English counterpart of <see cref="WanYuan"/>
    /// at the same precision: 10303600 → "10.3036".
    /// </summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The number, without the unit.</returns>
    public static string MillionYuan(decimal yuan) => PlainNumber.Fixed(PlainNumber.PointMovedLeft(yuan, 6), 4);

    /// <summary>A ratio as a percentage with exactly two decimals: 0.474068 → "47.41%", 1 → "100.00%".</summary>
    /// <param name="ratio">The ratio (0.5 means 50%).</param>
    /// <returns>The percentage, with its sign.</returns>
    public static string Percent(decimal ratio)
    {
        var builder = TextBuffer.Acquire();
        AppendPercent(builder, ratio);
        return TextBuffer.Release(builder);
    }

    /// <summary>
    /// A ratio that is a parameter of the criteria (a band bound, a step size) as a percentage without trailing zeros:
    /// 0.9 → "90%", 0.05 → "5%", 0.125 → "12.5%".
    /// </summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns>The percentage, with its sign.</returns>
    public static string PercentBound(decimal ratio) => TextBuffer.Release(AppendPercentBound(TextBuffer.Acquire(), ratio));

    /// <summary>Points (分) rounded half away from zero to two places, without trailing zeros: 3.00 → "3", 4.3125 → "4.31".</summary>
    /// <param name="points">The points.</param>
    /// <returns>The number, without the unit.</returns>
    public static string Points(decimal points) => PlainNumber.Trimmed(ScoreRounding.Round(points));

    /// <summary>A deduction as the report writes it: "扣3分", "扣0.5分"; English "3 points deducted".</summary>
    /// <param name="points">The points deducted, as a positive number.</param>
    /// <returns>The text in both languages.</returns>
    public static LocalizedText Deducted(decimal points) => Shared(DeductedTexts, points, deducted: true);

    /// <summary>A score as the report writes it: "得3分"; English "scores 3 points".</summary>
    /// <param name="points">The points scored.</param>
    /// <returns>The text in both languages.</returns>
    public static LocalizedText Awarded(decimal points) => Shared(AwardedTexts, points, deducted: false);

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
    public static string NumberIn(decimal value, ValueUnit unit, Language language = Language.Chinese)
    {
        var builder = TextBuffer.Acquire();
        AppendNumberIn(builder, value, unit, language);
        return TextBuffer.Release(builder);
    }

    /// <summary>
    /// A quantity with its unit: Chinese "1030.36万元", "5天", "3项"; English "10.3036 million yuan", "5 days", "3 items".
    /// </summary>
    /// <param name="value">The value in its base quantity (yuan, ratio, count).</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="language">The language.</param>
    /// <returns>The quantity as text.</returns>
    public static string Quantity(decimal value, ValueUnit unit, Language language = Language.Chinese)
    {
        var builder = TextBuffer.Acquire();
        AppendQuantity(builder, value, unit, language);
        return TextBuffer.Release(builder);
    }

    /// <summary>Appends what <see cref="NumberIn"/> returns.</summary>
    internal static StringBuilder AppendNumberIn(StringBuilder builder, decimal value, ValueUnit unit, Language language)
    {
        switch (unit)
        {
            case ValueUnit.Yuan:
            case ValueUnit.Points:
                PlainNumber.AppendTrimmed(builder, ScoreRounding.Round(value));
                break;
            case ValueUnit.WanYuan when language == Language.Chinese:
                PlainNumber.AppendFixed(builder, PlainNumber.PointMovedLeft(value, 4), 2);
                break;
            case ValueUnit.WanYuan:
                PlainNumber.AppendFixed(builder, PlainNumber.PointMovedLeft(value, 6), 4);
                break;
            case ValueUnit.Percent:
                AppendPercent(builder, value);
                break;
            default:
                PlainNumber.AppendTrimmed(builder, value);
                break;
        }

        return builder;
    }

    /// <summary>Appends what <see cref="Quantity"/> returns.</summary>
    internal static StringBuilder AppendQuantity(StringBuilder builder, decimal value, ValueUnit unit, Language language)
    {
        if (unit == ValueUnit.Points && language != Language.Chinese)
        {
            return AppendPointsEnglish(builder, value);
        }

        return AppendNumberIn(builder, value, unit, language).Append(UnitSuffix(value, unit, language));
    }

    private static string UnitSuffix(decimal value, ValueUnit unit, Language language)
    {
        if (language == Language.Chinese)
        {
            return unit switch
            {
                ValueUnit.Yuan => "元",
                ValueUnit.WanYuan => "万元",
                ValueUnit.Days => "天",
                ValueUnit.Items => "项",
                ValueUnit.Cases => "件",
                ValueUnit.Persons => "人",
                ValueUnit.Points => "分",
                _ => string.Empty,
            };
        }

        var one = value == 1m;
        return unit switch
        {
            ValueUnit.Yuan => " yuan",
            ValueUnit.WanYuan => " million yuan",
            ValueUnit.Days => one ? " day" : " days",
            ValueUnit.Items => one ? " item" : " items",
            ValueUnit.Cases => one ? " case" : " cases",
            ValueUnit.Persons => one ? " person" : " persons",
            _ => string.Empty,
        };
    }

    /// <summary>Appends one language of <see cref="Deducted"/>.</summary>
    internal static StringBuilder AppendDeducted(StringBuilder builder, decimal points, Language language) =>
        language == Language.Chinese
            ? AppendPoints(builder.Append('扣'), points).Append('分')
            : AppendPointsEnglish(builder, points).Append(" deducted");

    /// <summary>Appends one language of <see cref="Awarded"/>.</summary>
    internal static StringBuilder AppendAwarded(StringBuilder builder, decimal points, Language language) =>
        language == Language.Chinese
            ? AppendPoints(builder.Append('得'), points).Append('分')
            : AppendPointsEnglish(builder.Append("scores "), points);

    internal static StringBuilder AppendPercent(StringBuilder builder, decimal ratio)
    {
        PlainNumber.AppendFixed(builder, PlainNumber.PointMovedLeft(ratio, -2), 2);
        return builder.Append('%');
    }

    /// <summary>Appends what <see cref="PercentBound"/> returns.</summary>
    internal static StringBuilder AppendPercentBound(StringBuilder builder, decimal ratio)
    {
        PlainNumber.AppendTrimmed(builder, PlainNumber.PointMovedLeft(ratio, -2));
        return builder.Append('%');
    }

    /// <summary>Appends what <see cref="Points"/> returns.</summary>
    internal static StringBuilder AppendPoints(StringBuilder builder, decimal points)
    {
        PlainNumber.AppendTrimmed(builder, ScoreRounding.Round(points));
        return builder;
    }

    private static StringBuilder AppendPointsEnglish(StringBuilder builder, decimal points)
    {
        var rounded = ScoreRounding.Round(points);
        PlainNumber.AppendTrimmed(builder, rounded);
        return builder.Append(rounded == 1m ? " point" : " points");
    }

    // Tables deduct and award whole and half points far more often than anything else, the same few in every scorecard:
    // those texts are made once, and their Chinese composed once, for every scorecard to share. Filled as first asked
    // for; two threads making the same text at once make equal texts, and either may stay.
    private const int SharedHalfPoints = 40;
    private static readonly LocalizedText?[] DeductedTexts = new LocalizedText?[SharedHalfPoints + 1];
    private static readonly LocalizedText?[] AwardedTexts = new LocalizedText?[SharedHalfPoints + 1];

    private static LocalizedText Shared(LocalizedText?[] texts, decimal points, bool deducted)
    {
        var halves = HalfPoints(points);
        return halves < 0
            ? new(new PointsText(points, deducted))
            : texts[halves] ??= new(new PointsText(halves / 2m, deducted));
    }

    // The points as a count of halves when they are whole or half points from 0 to 20 written to at most two places,
    // else -1. Integer arithmetic on the decimal's parts: decimal comparisons and products cost more than the text saves.
    private static int HalfPoints(decimal points)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(points, bits);
        var unit = ((bits[3] >> 16) & 0xFF) switch { 0 => 1u, 1 => 10u, 2 => 100u, _ => 0u };
        var mantissa = (uint)bits[0];
        if (unit == 0 || bits[3] < 0 || bits[1] != 0 || bits[2] != 0 || mantissa > SharedHalfPoints * 100)
        {
            return -1;
        }

        var doubled = mantissa * 2;
        return doubled % unit == 0 && doubled / unit is var count && count <= SharedHalfPoints ? (int)count : -1;
    }

    private sealed class PointsText(decimal points, bool deducted) : ComposedText
    {
        public override StringBuilder Append(StringBuilder builder, Language language) =>
            deducted ? AppendDeducted(builder, points, language) : AppendAwarded(builder, points, language);

        public override bool HasSameInputs(DeferredEnglish other) => other is PointsText awarded && (points, deducted) == awarded.Points;

        private (decimal, bool) Points => (points, deducted);
    }
}
