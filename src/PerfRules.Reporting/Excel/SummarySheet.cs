using PerfRules.Reporting.Layout;

namespace PerfRules.Reporting.Excel;

/// <summary>
/// Lays out the 汇总 sheet: the total, grade, self total and reconciliation, each value a number where it is one with
/// its working beside it; then the largest deductions; then every problem with the input.
/// </summary>
internal static class SummarySheet
{
    public static SheetGrid Build(ReportLayout layout)
    {
        var labels = layout.Labels;
        var grid = new SheetGrid(22, 28, 10, 72);
        var row = 1;
        grid.SetText(row, 1, $"{labels.SummaryTitle} · {labels.Title}", CellStyle.Title);
        grid.Merge(row, 1, row, grid.Columns);
        grid.SetHeight(row, 24);
        row++;
        grid.SetText(row, 1, string.Join("    ", layout.Subtitle), CellStyle.Subtitle);
        grid.Merge(row, 1, row, grid.Columns);
        foreach (var warning in layout.Warnings)
        {
            row++;
            grid.SetText(row, 1, warning, CellStyle.Warning);
            grid.Merge(row, 1, row, grid.Columns);
        }

        row += 2;
        grid.SetText(row, 1, labels.Item, CellStyle.Header);
        grid.SetText(row, 2, labels.Value, CellStyle.Header);
        grid.SetText(row, 3, labels.Details, CellStyle.Header);
        grid.Merge(row, 3, row, 4);
        foreach (var item in layout.Summary)
        {
            row++;
            grid.SetText(row, 1, item.Label, CellStyle.Label);
            if (item.Number is { } number)
            {
                grid.SetNumber(row, 2, number, CellStyle.Score);
                var plain = Explanations.ReportFormat.Points(number) == item.Text || Explanations.ReportFormat.Number(number) == item.Text;
                grid.SetText(row, 3, plain ? null : item.Text, CellStyle.Text);
            }
            else
            {
                // A value in words (a grade, a reconciliation verdict, the rounding rule) takes the whole width.
                grid.SetText(row, 2, item.Text, item.IsProblem ? CellStyle.Problem : CellStyle.Text);
                grid.Merge(row, 2, row, 4);
                continue;
            }

            grid.Merge(row, 3, row, 4);
        }

        row += 2;
        grid.SetText(row, 1, labels.DeductionsTitle, CellStyle.Heading);
        if (layout.Deductions.Count == 0)
        {
            row++;
            grid.SetText(row, 1, labels.NoDeductions, CellStyle.Subtitle);
        }
        else
        {
            if (layout.DeductionsNote is { } note)
            {
                row++;
                grid.SetText(row, 1, note, CellStyle.Subtitle);
                grid.Merge(row, 1, row, grid.Columns);
            }

            row++;
            grid.SetText(row, 1, labels.Rank, CellStyle.Header);
            grid.SetText(row, 2, labels.Indicator, CellStyle.Header);
            grid.SetText(row, 3, labels.Points, CellStyle.Header);
            grid.SetText(row, 4, labels.Reason, CellStyle.Header);
            foreach (var deduction in layout.Deductions)
            {
                row++;
                grid.SetNumber(row, 1, deduction.Rank, CellStyle.Weight);
                grid.SetText(row, 2, deduction.Indicator, CellStyle.Text);
                grid.SetNumber(row, 3, deduction.Points, CellStyle.Score);
                grid.SetText(row, 4, deduction.Reason, CellStyle.Text);
            }
        }

        if (layout.Problems.Count > 0)
        {
            row += 2;
            grid.SetText(row, 1, labels.ProblemsTitle, CellStyle.Heading);
            foreach (var problem in layout.Problems)
            {
                row++;
                grid.SetText(row, 1, problem, CellStyle.Problem);
                grid.Merge(row, 1, row, grid.Columns);
            }
        }

        return grid;
    }
}
