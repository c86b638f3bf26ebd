using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfRules.Reporting.Layout;

namespace PerfRules.Reporting.Excel;

/// <summary>
/// Writes the laid-out scoring table as an Excel workbook (.xlsx) with two sheets, 评分表 and 汇总, using the OpenXML SDK.
/// </summary>
internal static class ExcelWriter
{
    public static void Write(ReportLayout layout, Stream destination)
    {
        // System.IO.Packaging needs a seekable stream to write a zip; the caller's may not be (an HTTP response).
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            Fill(document, layout);
        }

        buffer.Position = 0;
        buffer.CopyTo(destination);
    }

    private static void Fill(SpreadsheetDocument document, ReportLayout layout)
    {
        var labels = layout.Labels;
        document.PackageProperties.Title = labels.Title;
        document.PackageProperties.Creator = "PerfRules";

        var workbookPart = document.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = ExcelStylesheet.Create();

        var strings = new SharedStrings();
        var (table, firstHeader, lastHeader) = ScoringTableSheet.Build(layout);
        var summary = SummarySheet.Build(layout);

        var tablePart = workbookPart.AddNewPart<WorksheetPart>();
        tablePart.Worksheet = table.ToWorksheet(strings, landscape: true);
        var summaryPart = workbookPart.AddNewPart<WorksheetPart>();
        summaryPart.Worksheet = summary.ToWorksheet(strings, landscape: false);

        var stringsPart = workbookPart.AddNewPart<SharedStringTablePart>();
        stringsPart.SharedStringTable = strings.ToTable();

        var tableSheetName = labels.TableSheet;
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new Sheets(
                new Sheet { Id = workbookPart.GetIdOfPart(tablePart), SheetId = 1, Name = tableSheetName },
                new Sheet { Id = workbookPart.GetIdOfPart(summaryPart), SheetId = 2, Name = labels.SummarySheet }),
            new DefinedNames(
                new DefinedName($"'{tableSheetName}'!${firstHeader}:${lastHeader}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        workbookPart.Workbook.Save();
    }
}
