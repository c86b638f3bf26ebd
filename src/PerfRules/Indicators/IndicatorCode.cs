namespace PerfRules.Indicators;

/// <summary>Indicator codes such as <c>2.1.2</c>: positive numbers separated by dots, one per level.</summary>
internal static class IndicatorCode
{
    public static bool IsValid(string? code) =>
        !string.IsNullOrEmpty(code)
        && code.Split('.').All(part => part.Length is > 0 and <= 9 && part.All(char.IsAsciiDigit) && part.TrimStart('0').Length > 0);

    /// <summary>The code's segments as numbers, to sort 2.10 after 2.9.</summary>
    public static int[] Segments(string code) => [.. code.Split('.').Select(int.Parse)];

    public static string? Parent(string code)
    {
        var dot = code.LastIndexOf('.');
        return dot < 0 ? null : code[..dot];
    }
}
