using System.Globalization;

namespace PerfRules.Tests.Support;

/// <summary>Attributes cannot hold decimals: tests pass them as strings and parse them here, exactly.</summary>
internal static class Dec
{
    public static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
