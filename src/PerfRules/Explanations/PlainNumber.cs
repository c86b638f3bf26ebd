using System.Globalization;
using System.Text;

namespace PerfRules.Explanations;

/// <summary>
/// Writes numbers as the reports print them straight into a span: a decimal without trailing zeros, or with a fixed
/// number of decimals. Notes are composed from many figures, and the custom format string this replaces
/// ("0.###…") was parsed again for every figure, each time into a string of its own.
/// </summary>
/// <remarks>
/// The text is exactly what <c>ToString("0.############################", InvariantCulture)</c> and
/// <c>Math.Round(value, n, AwayFromZero).ToString("F" + n, InvariantCulture)</c> give: a decimal's general format is all
/// its digits without an exponent, and a negative zero prints as "0" in both. Thread-safe.
/// </remarks>
internal static class PlainNumber
{
    /// <summary>Room for any decimal: 29 digits, a sign, a point, and up to 28 decimals of padding.</summary>
    public const int MaxLength = 64;

    /// <summary>Writes a number without trailing zeros and without grouping: 3.00 → "3", 0.50 → "0.5".</summary>
    public static int WriteTrimmed(decimal value, Span<char> destination)
    {
        var length = WriteGeneral(value, destination);
        if (destination[..length].Contains('.'))
        {
            while (destination[length - 1] == '0')
            {
                length--;
            }

            if (destination[length - 1] == '.')
            {
                length--;
            }
        }

        return length;
    }

    /// <summary>Writes a number rounded half away from zero to exactly <paramref name="decimals"/> places: 1.5 → "1.50".</summary>
    public static int WriteFixed(decimal value, int decimals, Span<char> destination)
    {
        var length = WriteGeneral(Math.Round(value, decimals, MidpointRounding.AwayFromZero), destination);
        var point = destination[..length].IndexOf('.');
        var present = point < 0 ? 0 : length - point - 1;
        if (present == decimals)
        {
            return length;
        }

        // Rounding leaves at most the places asked for; the general format drops the point of a whole number.
        if (point < 0)
        {
            destination[length++] = '.';
        }

        destination.Slice(length, decimals - present).Fill('0');
        return length + decimals - present;
    }

    /// <summary>
    /// The value divided by 10 to the power <paramref name="places"/> (multiplied, when negative), exactly. Yuan shown in
    /// 万元 and ratios shown as percentages are such shifts: moving the point keeps the digits and changes only the scale,
    /// where a decimal division or product costs a 96-bit operation per figure written.
    /// </summary>
    public static decimal PointMovedLeft(decimal value, int places)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = ((bits[3] >> 16) & 0xFF) + places;
        if (scale is < 0 or > 28)
        {
            return places > 0 ? value / Pow10(places) : value * Pow10(-places);
        }

        return new decimal(bits[0], bits[1], bits[2], bits[3] < 0, (byte)scale);
    }

    private static decimal Pow10(int places)
    {
        var power = 1m;
        for (var i = 0; i < places; i++)
        {
            power *= 10m;
        }

        return power;
    }

    /// <summary>A number without trailing zeros, as a string.</summary>
    public static string Trimmed(decimal value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..WriteTrimmed(value, buffer)]);
    }

    /// <summary>A number with exactly <paramref name="decimals"/> places, as a string.</summary>
    public static string Fixed(decimal value, int decimals)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..WriteFixed(value, decimals, buffer)]);
    }

    /// <summary>Appends a number without trailing zeros.</summary>
    public static void AppendTrimmed(StringBuilder builder, decimal value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        builder.Append(buffer[..WriteTrimmed(value, buffer)]);
    }

    /// <summary>Appends a number with exactly <paramref name="decimals"/> places.</summary>
    public static void AppendFixed(StringBuilder builder, decimal value, int decimals)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        builder.Append(buffer[..WriteFixed(value, decimals, buffer)]);
    }

    internal static int WriteGeneral(decimal value, Span<char> destination)
    {
        // Figures in notes are money, rates and points: their digits fit in 64 bits, and formatting those as an integer,
        // then placing the point, costs a fraction of formatting the decimal. What it writes is the decimal's general
        // format (a test compares the two bit for bit), which never uses an exponent and writes every digit of its scale.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0)
        {
            value.TryFormat(destination, out var general, default, CultureInfo.InvariantCulture);
            return general;
        }

        var digits = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        var scale = (bits[3] >> 16) & 0xFF;
        var length = 0;
        if (digits != 0 && bits[3] < 0)
        {
            destination[length++] = '-';
        }

        // The digits, with zeros in front when there are fewer than the scale needs after the point, and one before it.
        Span<char> written = stackalloc char[20];
        digits.TryFormat(written, out var count, default, CultureInfo.InvariantCulture);
        var whole = Math.Max(count - scale, 0);
        if (whole == 0)
        {
            destination[length++] = '0';
        }
        else
        {
            written[..whole].CopyTo(destination[length..]);
            length += whole;
        }

        if (scale > 0)
        {
            destination[length++] = '.';
            var zeros = scale - (count - whole);
            destination.Slice(length, zeros).Fill('0');
            length += zeros;
            written[whole..count].CopyTo(destination[length..]);
            length += count - whole;
        }

        return length;
    }
}
