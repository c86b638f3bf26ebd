using PerfRules.Reporting.Layout;

namespace PerfRules.Reporting.Excel;

/// <summary>
/// Lays out the 评分表 sheet as the report prints the table: for each indicator level a name column and a weight column
/// (权重), then 评分标准, 自评得分, 核查得分 and 评分说明; one row per leaf, with each group's name and weight merged down
/// over its leaves; the 合计 row under the two header rows.
/// </summary>
internal static class ScoringTableSheet
{
    private const double LastLevelNameWidth = 20;
    private const double LevelNameWidth = 14;
    private const double WeightWidth = 6.5;

    /// <summary>Lays the sheet out.</summary>
    /// <returns>The grid, and the two header rows, which repeat on every printed page.</returns>
    public static (SheetGrid Grid, int FirstHeaderRow, int LastHeaderRow) Build(ReportLayout layout)
    {
        var labels = layout.Labels;
        var levels = layout.Levels;
        List<double> widths = [];
        for (var level = 1; level <= levels; level++)
        {
            widths.Add(level == levels ? LastLevelNameWidth : LevelNameWidth);
            widths.Add(WeightWidth);
        }

        widths.AddRange([46, 9, 9, 56]);
        var grid = new SheetGrid([.. widths]);
        var criteria = (2 * levels) + 1;
        var self = criteria + 1;
        var score = criteria + 2;
        var notes = criteria + 3;

        var row = 1;
        grid.SetText(row, 1, labels.Title, CellStyle.Title);
        grid.Merge(row, 1, row, grid.Columns);
        grid.SetHeight(row, 24);
        row++;
        grid.SetText(row, 1, string.Join("    ", layout.Subtitle), CellStyle.Subtitle);
        grid.Merge(row, 1, row, grid.Columns);
        grid.SetHeight(row, 18);
        foreach (var warning in layout.Warnings)
        {
            row++;
            grid.SetText(row, 1, warning, CellStyle.Warning);
            grid.Merge(row, 1, row, grid.Columns);
            grid.SetHeight(row, 18);
        }

        var header = row + 1;
        for (var level = 1; level <= levels; level++)
        {
            grid.SetText(header, NameColumn(level), labels.LevelColumn(level), CellStyle.Header);
            grid.Merge(header, NameColumn(level), header, NameColumn(level) + 1);
            grid.SetText(header + 1, NameColumn(level), labels.Name, CellStyle.Header);
            grid.SetText(header + 1, NameColumn(level) + 1, labels.Weight, CellStyle.Header);
        }

        foreach (var (column, text) in new[] { (criteria, labels.Criteria), (self, labels.SelfScore), (score, labels.Score), (notes, labels.Notes) })
        {
            grid.SetText(header, column, text, CellStyle.Header);
            grid.Merge(header, column, header + 1, column);
        }

        grid.FrozenRows = header + 1;
        row = header + 2;

        foreach (var line in layout.Rows)
        {
            switch (line.Kind)
            {
                case RowKind.Total:
                    WriteTotal(grid, row, line, self, score);
                    row++;
                    break;
                case RowKind.Group when line.LeafCount > 0:
                    // The group's leaves follow it, so its merged cells start at the row its first leaf will take.
                    grid.SetText(row, NameColumn(line.Level), $"{line.Code} {line.Name}", CellStyle.GroupName);
                    grid.SetNumber(row, NameColumn(line.Level) + 1, line.Weight, CellStyle.GroupWeight);
                    grid.Merge(row, NameColumn(line.Level), row + line.LeafCount - 1, NameColumn(line.Level));
                    grid.Merge(row, NameColumn(line.Level) + 1, row + line.LeafCount - 1, NameColumn(line.Level) + 1);
                    break;
                case RowKind.Leaf:
                    WriteLeaf(grid, row, line, criteria, self, score, notes);
                    row++;
                    break;
            }
        }

        grid.FillEmpty(header + 2, row - 1, CellStyle.Text);
        return (grid, header, header + 1);
    }

    private static int NameColumn(int level) => (2 * level) - 1;

    private static void WriteTotal(SheetGrid grid, int row, TableRow line, int self, int score)
    {
        grid.SetText(row, 1, line.Name, CellStyle.TotalLabel);
        grid.SetNumber(row, 2, line.Weight, CellStyle.TotalLabel);
        for (var column = 3; column < self; column++)
        {
            grid.SetStyle(row, column, CellStyle.TotalLabel);
        }

        if (line.SelfScore is { } selfTotal)
        {
            grid.SetNumber(row, self, selfTotal, CellStyle.TotalScore);
        }
        else
        {
            grid.SetStyle(row, self, CellStyle.TotalScore);
        }

        if (line.Score is { } total)
        {
            grid.SetNumber(row, score, total, CellStyle.TotalScore);
        }
        else
        {
            grid.SetText(row, score, line.Status, CellStyle.Problem);
        }

        grid.SetStyle(row, score + 1, CellStyle.TotalLabel);
    }

    private static void WriteLeaf(SheetGrid grid, int row, TableRow line, int criteria, int self, int score, int notes)
    {
        grid.SetText(row, NameColumn(line.Level), $"{line.Code} {line.Name}", CellStyle.Text);
        grid.SetNumber(row, NameColumn(line.Level) + 1, line.Weight, CellStyle.Weight);
        grid.SetText(row, criteria, line.Criteria, CellStyle.Text);
        if (line.SelfScore is { } selfScore)
        {
            grid.SetNumber(row, self, selfScore, CellStyle.Score);
        }

        if (line.Score is { } verified)
        {
            grid.SetNumber(row, score, verified, CellStyle.Score);
        }
        else
        {
            grid.SetText(row, score, line.Status, line.IsProblem ? CellStyle.Problem : CellStyle.Weight);
        }

        grid.SetText(row, notes, string.Join("\n", line.Notes.Select(n => n.Text)), line.IsProblem ? CellStyle.Problem : CellStyle.Text);
    }
}
