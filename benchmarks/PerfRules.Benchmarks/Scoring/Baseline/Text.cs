using System.Globalization;

namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>
/// The number and sentence formats of the scoring notes, written out again for the hand-written baseline rather than
/// borrowed from the library, so that the baseline owes nothing to the code it is measured against. Chinese only: the
/// baseline builds the notes a Chinese reader sees.
/// </summary>
internal static class Text
{
    private const string Trimmed = "0.############################";

    /// <summary>Half away from zero to 2 places, the project's rounding of scores and money.</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>A number without trailing zeros: 4.50 → "4.5".</summary>
    public static string Number(decimal value) => value.ToString(Trimmed, CultureInfo.InvariantCulture);

    /// <summary>Points as a note writes them: rounded, without trailing zeros.</summary>
    public static string Points(decimal points) => Number(Round(points));

    /// <summary>An amount in yuan: rounded to the fen, without trailing zeros.</summary>
    public static string Yuan(decimal yuan) => Number(Round(yuan));

    /// <summary>An amount in 万元 with 2 decimals: 208800 → "20.88".</summary>
    public static string WanYuan(decimal yuan) => Fixed(yuan / 10_000m, 2);

    /// <summary>A ratio as a percentage with 2 decimals: 0.99354 → "99.35%".</summary>
    public static string Percent(decimal ratio) => Fixed(ratio * 100m, 2) + "%";

    /// <summary>A band bound as a percentage without trailing zeros: 0.9 → "90%".</summary>
    public static string PercentBound(decimal ratio) => Number(ratio * 100m) + "%";

    /// <summary>A date as the report writes it: 2023年4月30日.</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Deducted(decimal points) => "扣" + Points(points) + "分";

    public static string Awarded(decimal points) => "得" + Points(points) + "分";

    /// <summary>Clauses of one sentence, joined by the Chinese comma.</summary>
    public static string Join(params IEnumerable<string> parts) => string.Join("，", parts);

    /// <summary>Numbered parts: "1. …；2. …".</summary>
    public static string Numbered(IReadOnlyList<string> parts)
    {
        var numbered = new string[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            numbered[i] = $"{i + 1}. {parts[i]}";
        }

        return string.Join("；", numbered);
    }

    /// <summary>Arithmetic as the report prints it, with full-width brackets: （1518.82-1030.36）/1030.36.</summary>
    public static string FullWidth(string text) => text.Replace('(', '（').Replace(')', '）');

    /// <summary>An evaluator's sentence without its closing punctuation, so "，扣0.5分" can follow it.</summary>
    public static string TrimSentence(string text) => text.Trim().TrimEnd('。', '；', ';', '.', '，', ',');

    private static string Fixed(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
