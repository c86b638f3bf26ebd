using System.Globalization;
using PerfRules.Explanations;

namespace PerfRules.Tests.Explanations;

/// <summary>
/// PlainNumber replaced custom format strings in every note; these pin that its text is, value for value, what those
/// format strings print.
/// </summary>
public sealed class PlainNumberTest
{
    private const string TrimmedFormat = "0.############################";

    public static TheoryData<decimal> Edges() =>
    [
        0m, new decimal(0, 0, 0, true, 2), new decimal(0, 0, 0, false, 28), 1m, -1m, 0.5m, -0.5m, 3.00m, 0.875m,
        0.005m, -0.005m, 0.004999m, 0.00005m, -0.00005m, 1.995m, -1.995m, 9.999999m, 10_303_600m, 15_188_214.45m,
        0.0000000000000000000000000001m, -0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue,
        decimal.MaxValue / 10_000m, 7.9228162514264337593543950335m, 1234567890.1234567890123456789m,
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_values_print_as_the_format_strings_do(decimal value) => AssertSameAsFormatStrings(value);

    [Fact]
    public void Every_scale_and_sign_of_typical_mantissas_prints_as_the_format_strings_do()
    {
        ulong[] mantissas = [0, 1, 4, 5, 9, 10, 15, 45, 50, 99, 100, 125, 995, 1000, 12_345, 99_995, 1_000_000, uint.MaxValue, (ulong)uint.MaxValue + 1, ulong.MaxValue];
        foreach (var mantissa in mantissas)
        {
            for (byte scale = 0; scale <= 28; scale++)
            {
                foreach (var negative in new[] { false, true })
                {
                    AssertSameAsFormatStrings(new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, scale));
                    AssertSameAsFormatStrings(new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 7, negative, scale));
                }
            }
        }
    }

    [Fact]
    public void Random_values_of_every_size_print_as_the_format_strings_do()
    {
        var random = new Random(20221231);
        for (var i = 0; i < 50_000; i++)
        {
            // Small high words are the realistic amounts; any high word exercises the 29-digit values.
            var high = i % 4 == 0 ? random.Next() : i % 4 == 1 ? random.Next(0, 4) : 0;
            var value = new decimal(random.Next(), random.Next(), high, random.Next(2) == 0, (byte)random.Next(0, 29));
            AssertSameAsFormatStrings(value);
        }
    }

    [Fact]
    public void Moving_the_point_gives_the_quotient_or_product_and_prints_as_it_does()
    {
        var random = new Random(20230601);
        var values = new List<decimal>(Edges());
        for (var i = 0; i < 20_000; i++)
        {
            var high = i % 4 == 0 ? random.Next() : i % 4 == 1 ? random.Next(0, 4) : 0;
            values.Add(new decimal(random.Next(), random.Next(), high, random.Next(2) == 0, (byte)random.Next(0, 29)));
        }

        foreach (var value in values)
        {
            Assert.Equal(value / 10_000m, PlainNumber.PointMovedLeft(value, 4));
            Assert.Equal(value / 1_000_000m, PlainNumber.PointMovedLeft(value, 6));
            Assert.Equal(PlainNumber.Fixed(value / 10_000m, 2), ReportFormat.WanYuan(value));
            Assert.Equal(PlainNumber.Fixed(value / 1_000_000m, 4), ReportFormat.MillionYuan(value));
            if (Math.Abs(value) < decimal.MaxValue / 100m)
            {
                Assert.Equal(value * 100m, PlainNumber.PointMovedLeft(value, -2));
                Assert.Equal(PlainNumber.Fixed(value * 100m, 2) + "%", ReportFormat.Percent(value));
                Assert.Equal(PlainNumber.Trimmed(value * 100m) + "%", ReportFormat.PercentBound(value));
            }
        }
    }

    private static void AssertSameAsFormatStrings(decimal value)
    {
        var invariant = CultureInfo.InvariantCulture;

        // The general format written by hand for 64-bit mantissas, by the runtime beyond: both as decimal.ToString.
        Span<char> general = stackalloc char[PlainNumber.MaxLength];
        Assert.Equal(value.ToString(invariant), new string(general[..PlainNumber.WriteGeneral(value, general)]));
        Assert.Equal(value.ToString(TrimmedFormat, invariant), PlainNumber.Trimmed(value));
        foreach (var decimals in new[] { 2, 4 })
        {
            var expected = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, invariant);
            Assert.Equal(expected, PlainNumber.Fixed(value, decimals));
        }
    }
}
