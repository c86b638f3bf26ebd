namespace PerfRules.Reporting.Excel;

/// <summary>The workbook's cell formats; each value is the format's index in <see cref="ExcelStylesheet"/>'s cellXfs.</summary>
internal enum CellStyle : uint
{
    /// <summary>Excel's default: no border.</summary>
    Default = 0,

    /// <summary>The sheet title: large and bold.</summary>
    Title = 1,

    /// <summary>A line under the title: department, year, rule set.</summary>
    Subtitle = 2,

    /// <summary>A column header: bold, shaded, centred, wrapped.</summary>
    Header = 3,

    /// <summary>Body text: bordered, wrapped, top-left.</summary>
    Text = 4,

    /// <summary>A group indicator's name in its merged cell: bold, shaded, wrapped, centred vertically.</summary>
    GroupName = 5,

    /// <summary>A weight (权重): bordered, centred, general number format.</summary>
    Weight = 6,

    /// <summary>A score: bordered, number format 0.00.</summary>
    Score = 7,

    /// <summary>The 合计 row's label and weights: bold, shaded.</summary>
    TotalLabel = 8,

    /// <summary>The 合计 row's scores: bold, shaded, 0.00.</summary>
    TotalScore = 9,

    /// <summary>Something not scored or wrong: bold red, bordered, wrapped, top-left.</summary>
    Problem = 10,

    /// <summary>A warning above the table: bold red, no border.</summary>
    Warning = 11,

    /// <summary>A summary label: bold, shaded, bordered.</summary>
    Label = 12,

    /// <summary>A group indicator's weight in its merged cell: bold, shaded, centred.</summary>
    GroupWeight = 13,

    /// <summary>A heading inside a sheet, such as 扣分最多的项目: bold, no border.</summary>
    Heading = 14,
}
