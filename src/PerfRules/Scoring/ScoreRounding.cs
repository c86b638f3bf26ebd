namespace PerfRules.Scoring;

/// <summary>
/// Rounds scores the way the reports do (四舍五入保留两位小数): half away from zero, to two decimal places.
/// </summary>
/// <remarks>
/// .NET rounds half to even by default (banker's rounding), which turns 2.125 into 2.12; an evaluation report
/// says 2.13. Every score the library hands out goes through <see cref="Round(decimal)"/>. Thread-safe.
/// </remarks>
public static class ScoreRounding
{
    /// <summary>The number of decimal places a score keeps.</summary>
    public const int Decimals = 2;

    /// <summary>Rounds half away from zero to two places: 2.125 → 2.13, −2.125 → −2.13, 4.3125 → 4.31.</summary>
    /// <param name="value">The unrounded score.</param>
    /// <returns>The score as the report prints it.</returns>
    public static decimal Round(decimal value)
    {
        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

        // Trailing zeros dropped (4.00 → 4, 4.50 → 4.5), so a score reads and serialises the same however it was
        // computed. Every result is built through here, and dividing by 1 at the largest scale (the usual idiom) is a
        // full 96-bit division: a score's digits fit in 32 bits, where dropping a zero is an integer division by ten.
        var scale = rounded.Scale;
        if (scale == 0)
        {
            return rounded;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(rounded, bits);
        if (bits[1] != 0 || bits[2] != 0)
        {
            return scale switch
            {
                _ when decimal.IsInteger(rounded) => decimal.Truncate(rounded),
                2 when decimal.IsInteger(rounded * 10m) => Math.Round(rounded, 1),
                _ => rounded,
            };
        }

        var digits = (uint)bits[0];
        var trimmed = scale;
        while (trimmed > 0 && digits % 10 == 0)
        {
            digits /= 10;
            trimmed--;
        }

        return trimmed == scale ? rounded : new decimal((int)digits, 0, 0, bits[3] < 0, trimmed);
    }
}
