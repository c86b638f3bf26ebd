using FsCheck;
using FsCheck.Fluent;
using PerfRules.Scoring;
using PerfRules.Tests.Support;

namespace PerfRules.Tests.Scoring;

public sealed class ScoreRoundingTest
{
    [Theory]
    [InlineData("2.125", "2.13")]
    [InlineData("-2.125", "-2.13")]
    [InlineData("4.3125", "4.31")]
    [InlineData("4.625", "4.63")]
    [InlineData("2.145", "2.15")]
    [InlineData("2.1249999", "2.12")]
    [InlineData("91.18279569892473", "91.18")]
    [InlineData("3", "3")]
    public void Round_is_half_away_from_zero_to_two_places(string value, string expected)
    {
        Assert.Equal(Dec.Parse(expected), ScoreRounding.Round(Dec.Parse(value)));
    }

    [Fact]
    public void Midpoint_2_125_rounds_up_where_bankers_rounding_would_round_down()
    {
        Assert.Equal(2.12m, Math.Round(2.125m, 2));
        Assert.Equal(2.13m, ScoreRounding.Round(2.125m));
    }

    [Fact]
    public void Rounding_is_symmetric_and_moves_a_value_by_at_most_half_a_cent()
    {
        var values = Gen.Choose(-10_000_000, 10_000_000).Select(i => i / 100_000m).ToArbitrary();
        Prop.ForAll(values, v =>
            ScoreRounding.Round(-v) == -ScoreRounding.Round(v)
            && Math.Abs(ScoreRounding.Round(v) - v) <= 0.005m
            && ScoreRounding.Round(ScoreRounding.Round(v)) == ScoreRounding.Round(v))
            .QuickCheckThrowOnFailure();
    }
}

public sealed class ScoreRoundingScaleTest
{
    [Theory]
    [InlineData("4.0", "4")]
    [InlineData("4.50", "4.5")]
    [InlineData("2.125", "2.13")]
    [InlineData("0.000", "0")]
    public void Rounded_scores_carry_no_trailing_zeros(string value, string expected)
    {
        var rounded = PerfRules.Scoring.ScoreRounding.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, rounded.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Rounding_drops_trailing_zeros_bit_for_bit_as_dividing_by_one_at_the_largest_scale_does()
    {
        // Any mantissa, sign and scale, and the values around whole numbers and tenths where zeros are dropped.
        var any = from lo in ArbMap.Default.GeneratorFor<int>()
                  from mid in Gen.Elements(0, 1, int.MaxValue, -1)
                  from hi in Gen.Elements(0, 0, 1, int.MaxValue)
                  from negative in ArbMap.Default.GeneratorFor<bool>()
                  from scale in Gen.Choose(0, 28)
                  select new decimal(lo, mid, hi, negative, (byte)scale);
        var near = from whole in Gen.Choose(-1000, 1000)
                   from thousandths in Gen.Choose(-12, 12)
                   from scale in Gen.Choose(0, 6)
                   select decimal.Round(whole + thousandths / 1000m, 3) + new decimal(0, 0, 0, false, (byte)scale);
        Prop.ForAll(Gen.OneOf(any, near).ToArbitrary(), value =>
            decimal.GetBits(ScoreRounding.Round(value)).SequenceEqual(
                decimal.GetBits(Math.Round(value, 2, MidpointRounding.AwayFromZero) / 1.0000000000000000000000000000m)))
            .QuickCheckThrowOnFailure();
    }
}
