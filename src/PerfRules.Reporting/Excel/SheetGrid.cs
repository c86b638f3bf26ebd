using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfRules.Reporting.Excel;

/// <summary>
/// A worksheet being laid out: cells set in any order, merged ranges, frozen rows and column widths, turned into an
/// OpenXML <see cref="Worksheet"/> with its elements in the order the schema requires.
/// </summary>
internal sealed class SheetGrid
{
    /// <summary>The height of one line of 10-point text, in points.</summary>
    private const double LineHeight = 13.5;

    private readonly Dictionary<(int Row, int Column), GridCell> _cells = [];
    private readonly Dictionary<int, double> _heights = [];
    private readonly List<(int FromRow, int FromColumn, int ToRow, int ToColumn)> _merges = [];
    private readonly double[] _widths;

    public SheetGrid(params double[] columnWidths)
    {
        _widths = columnWidths;
    }

    public int Columns => _widths.Length;

    /// <summary>The last row used so far.</summary>
    public int LastRow { get; private set; }

    /// <summary>The rows above the scrolling area (0 for none).</summary>
    public int FrozenRows { get; set; }

    public void SetText(int row, int column, string? text, CellStyle style) =>
        Put(row, column, new GridCell(Clean(text), null, style));

    public void SetNumber(int row, int column, decimal number, CellStyle style) =>
        Put(row, column, new GridCell(null, number, style));

    /// <summary>Sets an empty cell's style, so borders and shading run through it.</summary>
    public void SetStyle(int row, int column, CellStyle style) => Put(row, column, new GridCell(null, null, style));

    /// <summary>Merges a range; its cells other than the top-left one take the top-left's style, so the borders close.</summary>
    public void Merge(int fromRow, int fromColumn, int toRow, int toColumn)
    {
        if (fromRow == toRow && fromColumn == toColumn)
        {
            return;
        }

        var style = _cells.TryGetValue((fromRow, fromColumn), out var first) ? first.Style : CellStyle.Text;
        for (var row = fromRow; row <= toRow; row++)
        {
            for (var column = fromColumn; column <= toColumn; column++)
            {
                if (row != fromRow || column != fromColumn)
                {
                    SetStyle(row, column, style);
                }
            }
        }

        _merges.Add((fromRow, fromColumn, toRow, toColumn));
    }

    /// <summary>Gives every cell of the rows that nobody set the style given, so a table has no gaps in its borders.</summary>
    public void FillEmpty(int fromRow, int toRow, CellStyle style)
    {
        for (var row = fromRow; row <= toRow; row++)
        {
            for (var column = 1; column <= Columns; column++)
            {
                _cells.TryAdd((row, column), new GridCell(null, null, style));
            }
        }
    }

    public void SetHeight(int row, double points) => _heights[row] = points;

    public Worksheet ToWorksheet(SharedStrings strings, bool landscape)
    {
        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        worksheet.Append(new SheetDimension { Reference = $"A1:{CellReference.Of(Math.Max(1, LastRow), Columns)}" });
        worksheet.Append(SheetViews());
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = LineHeight + 1.5 });
        worksheet.Append(new Columns(_widths.Select((width, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = width,
            CustomWidth = true,
        })));
        worksheet.Append(SheetData(strings));
        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = $"{CellReference.Of(m.FromRow, m.FromColumn)}:{CellReference.Of(m.ToRow, m.ToColumn)}" }))
            {
                Count = (uint)_merges.Count,
            });
        }

        worksheet.Append(new PrintOptions { HorizontalCentered = true });
        worksheet.Append(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup
        {
            PaperSize = 9, // A4
            Orientation = landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        return worksheet;
    }

    private SheetViews SheetViews()
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (FrozenRows > 0)
        {
            var topLeft = CellReference.Of(FrozenRows + 1, 1);
            view.Append(new Pane
            {
                VerticalSplit = FrozenRows,
                TopLeftCell = topLeft,
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        return new SheetViews(view);
    }

    private SheetData SheetData(SharedStrings strings)
    {
        var data = new SheetData();
        foreach (var rowGroup in _cells.GroupBy(c => c.Key.Row).OrderBy(g => g.Key))
        {
            var row = new Row { RowIndex = (uint)rowGroup.Key };
            var height = _heights.TryGetValue(rowGroup.Key, out var set) ? set : EstimateHeight(rowGroup.Key);
            if (height is { } h)
            {
                row.Height = h;
                row.CustomHeight = true;
            }

            foreach (var (key, cell) in rowGroup.OrderBy(c => c.Key.Column))
            {
                row.Append(ToCell(key.Row, key.Column, cell, strings));
            }

            data.Append(row);
        }

        return data;
    }

    private static Cell ToCell(int row, int column, GridCell cell, SharedStrings strings)
    {
        var result = new Cell { CellReference = CellReference.Of(row, column), StyleIndex = (uint)cell.Style };
        if (cell.Number is { } number)
        {
            result.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
            result.DataType = CellValues.Number;
        }
        else if (!string.IsNullOrEmpty(cell.Text))
        {
            result.CellValue = new CellValue(strings.IndexOf(cell.Text).ToString(CultureInfo.InvariantCulture));
            result.DataType = CellValues.SharedString;
        }

        return result;
    }

    /// <summary>
    /// Wrapped text makes a row taller, and a workbook written by code carries no row heights unless it sets them, so the
    /// height is estimated from the text: a Chinese character is about two digit widths, a Latin one about one.
    /// Cells merged over several rows are left out: their text spreads over all of them.
    /// </summary>
    private double? EstimateHeight(int row)
    {
        var lines = 1;
        foreach (var ((r, column), cell) in _cells.Where(c => c.Key.Row == row && !string.IsNullOrEmpty(c.Value.Text)))
        {
            var width = WidthOf(r, column);
            if (width is null)
            {
                continue;
            }

            var usable = Math.Max(2.0, width.Value - 1.5);
            var cellLines = cell.Text!.Split('\n').Sum(paragraph => Math.Max(1, (int)Math.Ceiling(DisplayWidth(paragraph) / usable)));
            lines = Math.Max(lines, cellLines);
        }

        return lines == 1 ? null : (lines * LineHeight) + 3;
    }

    /// <summary>The width available to a cell: its column's, or its merged range's when that spans one row; null when it spans several.</summary>
    private double? WidthOf(int row, int column)
    {
        foreach (var (fromRow, fromColumn, toRow, toColumn) in _merges)
        {
            if (row >= fromRow && row <= toRow && column >= fromColumn && column <= toColumn)
            {
                return fromRow == toRow ? _widths[(fromColumn - 1)..toColumn].Sum() : null;
            }
        }

        return _widths[column - 1];
    }

    private static double DisplayWidth(string text) =>
        text.Sum(c => c >= '\u1100' && !char.IsSurrogate(c) ? 2.0 : char.IsLowSurrogate(c) ? 0.0 : char.IsHighSurrogate(c) ? 2.0 : 1.1);

    private void Put(int row, int column, GridCell cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, Columns);
        _cells[(row, column)] = cell;
        LastRow = Math.Max(LastRow, row);
    }

    /// <summary>Drops characters XML cannot carry; keeps line breaks.</summary>
    private static string? Clean(string? text) =>
        text is null ? null : new string([.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => c == '\n' || c == '\t' || !char.IsControl(c))]);

    private sealed record GridCell(string? Text, decimal? Number, CellStyle Style);
}
