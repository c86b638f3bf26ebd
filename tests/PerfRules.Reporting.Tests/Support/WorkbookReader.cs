using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace PerfRules.Reporting.Tests.Support;

/// <summary>A workbook written by <see cref="ScorecardReport.WriteExcel"/>, opened back with DocumentFormat.OpenXml.</summary>
internal sealed class WorkbookReader : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly SpreadsheetDocument _document;

    private WorkbookReader(MemoryStream stream)
    {
        _stream = stream;
        _document = SpreadsheetDocument.Open(stream, isEditable: false);
    }

    public static WorkbookReader Of(Scorecards.Scorecard card, Results.Language language = Results.Language.Chinese)
    {
        var stream = new MemoryStream();
        ScorecardReport.WriteExcel(card, stream, language);
        stream.Position = 0;
        return new WorkbookReader(stream);
    }

    public IReadOnlyList<string> SheetNames => [.. _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public IReadOnlyList<ValidationErrorInfo> ValidationErrors => [.. new OpenXmlValidator().Validate(_document)];

    public DefinedName? DefinedName(string name) =>
        _document.WorkbookPart!.Workbook.DefinedNames?.Elements<DefinedName>().FirstOrDefault(d => d.Name == name);

    public Worksheet Sheet(string name)
    {
        var sheet = _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)_document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public IReadOnlyList<string> MergedRanges(string sheet) =>
        [.. Sheet(sheet).Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()).Select(m => m.Reference!.Value!)];

    /// <summary>The cell's text: a shared string resolved, or a number as written.</summary>
    public string? Text(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        if (cell?.CellValue is null)
        {
            return null;
        }

        return cell.DataType?.Value == CellValues.SharedString
            ? _document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture)).InnerText
            : cell.CellValue.Text;
    }

    /// <summary>The cell's number, or null when it holds none (text or empty).</summary>
    public decimal? Number(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        return cell?.CellValue is not null && cell.DataType?.Value is null or CellValues.Number
            ? decimal.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The number format code of the cell's style ("General" for the built-in default).</summary>
    public string NumberFormat(string sheet, string reference) =>
        Format(sheet, reference).NumberFormatId?.Value is { } id && id >= 164
            ? _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == id).FormatCode!.Value!
            : "General";

    public bool Wraps(string sheet, string reference) => Format(sheet, reference).Alignment?.WrapText?.Value == true;

    /// <summary>The first row whose column <paramref name="column"/> holds exactly <paramref name="text"/>.</summary>
    public int RowOf(string sheet, string column, string text) =>
        Sheet(sheet).Descendants<Row>()
            .Select(r => (int)r.RowIndex!.Value)
            .First(r => Text(sheet, column + r.ToString(CultureInfo.InvariantCulture)) == text);

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private Cell? Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    private CellFormat Format(string sheet, string reference) =>
        _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>()
            .ElementAt((int)(Cell(sheet, reference)?.StyleIndex?.Value ?? 0));
}
