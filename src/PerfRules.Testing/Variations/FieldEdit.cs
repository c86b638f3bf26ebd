using System.Globalization;

namespace PerfRules.Testing.Variations;

/// <summary>One change to one field of one baseline fact.</summary>
/// <param name="FactIndex">The fact's position in the baseline.</param>
/// <param name="Field">The field (a constructor parameter's property).</param>
/// <param name="Kind">What kind of field it is.</param>
/// <param name="Amount">A number's factor (0 sets it to zero), or a date's shift in days; unused for a flag, which is flipped.</param>
internal sealed record FieldEdit(int FactIndex, string Field, FieldKind Kind, decimal Amount)
{
    /// <summary>The new value of the field, from its current one; <see langword="null"/> stays <see langword="null"/>.</summary>
    public object? Apply(object? value) =>
        value switch
        {
            null => null,
            decimal d => Math.Round(d * Amount, Math.Max(2, Scale(d)), MidpointRounding.AwayFromZero),
            int i => (int)Math.Round(i * Amount, MidpointRounding.AwayFromZero),
            DateOnly date => date.AddDays((int)Amount),
            bool flag => !flag,
            _ => value,
        };

    /// <summary>What the edit does, for the report: "× 0.73", "= 0", "+12 days", "flipped".</summary>
    public string Describe() =>
        Kind switch
        {
            FieldKind.Date => $"{Amount:+0;-0} days",
            FieldKind.Flag => "flipped",
            _ when Amount == 0m => "set to 0",
            _ => "× " + Amount.ToString(CultureInfo.InvariantCulture),
        };

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
