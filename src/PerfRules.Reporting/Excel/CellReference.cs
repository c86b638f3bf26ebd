using System.Globalization;

namespace PerfRules.Reporting.Excel;

/// <summary>A1-style cell references: column 1 is A, 27 is AA.</summary>
internal static class CellReference
{
    public static string Column(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(column);
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static string Of(int row, int column) => Column(column) + row.ToString(CultureInfo.InvariantCulture);
}
