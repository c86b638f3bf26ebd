using FsCheck;
using FsCheck.Fluent;

namespace PerfRules.Testing.Generators;

/// <summary>
/// Generators of the plain values facts are made of, with the magnitudes a county's accounts show: amounts in yuan
/// with cents, spread over every order of magnitude up to a billion; rates; dates in the years evaluations cover.
/// </summary>
/// <remarks>Thread-safe: every member returns an immutable FsCheck generator.</remarks>
public static class Magnitudes
{
    /// <summary>The largest amount the generators produce: 1,000,000,000.00 yuan (十亿元).</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>The first day dates are drawn from: 2015-01-01.</summary>
    public static readonly DateOnly FirstDate = new(2015, 1, 1);

    /// <summary>The last day dates are drawn from: 2030-12-31.</summary>
    public static readonly DateOnly LastDate = new(2030, 12, 31);

    /// <summary>
    /// An amount in yuan with two decimals, from 0 to <see cref="MaxAmount"/>: the number of digits is drawn first, so
    /// a ten-yuan voucher is as likely as a hundred-million appropriation; exactly 0 turns up too.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<decimal> Amount() => AmountUpTo(MaxAmount);

    /// <summary>An amount in yuan with two decimals, from 0 to <paramref name="max"/>, spread over orders of magnitude.</summary>
    /// <param name="max">The largest amount, not negative.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is negative or above <see cref="MaxAmount"/>.</exception>
    public static Gen<decimal> AmountUpTo(decimal max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, MaxAmount);
        var spread =
            from digits in Gen.Choose(0, 9)
            from yuan in Gen.Choose(0, Pow10(digits))
            from cents in Gen.Choose(0, 99)
            select Math.Min(max, yuan + (cents / 100m));
        return Gen.Frequency((1, Gen.Constant(0m)), (12, spread));
    }

    /// <summary>A fraction of <paramref name="amount"/>, <paramref name="low"/> to <paramref name="high"/> of it, rounded to the cent.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="low">The smallest fraction, not negative.</param>
    /// <param name="high">The largest fraction, not below <paramref name="low"/>.</param>
    /// <returns>The generator.</returns>
    public static Gen<decimal> ShareOf(decimal amount, decimal low, decimal high) =>
        from rate in RateBetween(low, high)
        select Math.Round(amount * rate, 2, MidpointRounding.AwayFromZero);

    /// <summary>A rate (a ratio, 1 = 100%) from 0 to 1 with four decimals (0.01%).</summary>
    /// <returns>The generator.</returns>
    public static Gen<decimal> Rate() => RateBetween(0m, 1m);

    /// <summary>A rate from <paramref name="low"/> to <paramref name="high"/> with four decimals.</summary>
    /// <param name="low">The lowest rate, not negative.</param>
    /// <param name="high">The highest rate, not below <paramref name="low"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rates are out of order or negative.</exception>
    public static Gen<decimal> RateBetween(decimal low, decimal high)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(low);
        ArgumentOutOfRangeException.ThrowIfLessThan(high, low);
        return Gen.Choose((int)(low * 10_000m), (int)(high * 10_000m)).Select(n => n / 10_000m);
    }

    /// <summary>A count (件, 个, 项) from 0 to <paramref name="max"/>.</summary>
    /// <param name="max">The largest count.</param>
    /// <returns>The generator.</returns>
    public static Gen<int> Count(int max = 500) => Gen.Choose(0, max);

    /// <summary>A date from <see cref="FirstDate"/> to <see cref="LastDate"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<DateOnly> Date() => DateBetween(FirstDate, LastDate);

    /// <summary>A date from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, not before <paramref name="first"/>.</param>
    /// <returns>The generator.</returns>
    public static Gen<DateOnly> DateBetween(DateOnly first, DateOnly last) =>
        Gen.Choose(first.DayNumber, Math.Max(first.DayNumber, last.DayNumber)).Select(DateOnly.FromDayNumber);

    /// <summary>A date <paramref name="minDays"/> to <paramref name="maxDays"/> days after <paramref name="date"/>.</summary>
    /// <param name="date">The date to count from.</param>
    /// <param name="minDays">The fewest days after it (may be negative for "before").</param>
    /// <param name="maxDays">The most days after it.</param>
    /// <returns>The generator.</returns>
    public static Gen<DateOnly> DaysAfter(DateOnly date, int minDays, int maxDays) =>
        Gen.Choose(minDays, Math.Max(minDays, maxDays)).Select(date.AddDays);

    /// <summary>A leaf indicator code as scoring tables number them: 1.1.1 to 4.4.9, sometimes two levels (2.3).</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> IndicatorCode() =>
        from first in Gen.Choose(1, 4)
        from second in Gen.Choose(1, 4)
        from third in Gen.Choose(0, 9)
        select third == 0 ? $"{first}.{second}" : $"{first}.{second}.{third}";

    /// <summary>A voucher reference as evaluators cite them: 2022年12月60#凭证.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> Voucher() =>
        from year in Gen.Choose(2018, 2028)
        from month in Gen.Choose(1, 12)
        from number in Gen.Choose(1, 300)
        select $"{year}年{month}月{number}#凭证";

    /// <summary>A document number as finance bureaus issue them: 遂财预〔2022〕3号.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> DocumentNumber() =>
        from prefix in Gen.Elements("遂财预", "遂财绩", "湛财预", "粤财预", "遂人社")
        from year in Gen.Choose(2018, 2028)
        from number in Gen.Choose(1, 200)
        select $"{prefix}〔{year}〕{number}号";

    private static int Pow10(int digits)
    {
        var value = 1;
        for (var i = 0; i < digits; i++)
        {
            value *= 10;
        }

        return value;
    }
}
