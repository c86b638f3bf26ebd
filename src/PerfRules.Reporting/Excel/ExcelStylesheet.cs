using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfRules.Reporting.Excel;

/// <summary>Builds the workbook's stylesheet; the order of the cell formats is <see cref="CellStyle"/>'s.</summary>
internal static class ExcelStylesheet
{
    /// <summary>The custom number format 0.00 for scores (ids below 164 are Excel's built-in ones).</summary>
    private const uint ScoreFormat = 164;

    private const string FontName = "宋体";

    public static Stylesheet Create()
    {
        var fonts = new Fonts(
            Font(10, bold: false, color: null),      // 0 regular
            Font(10, bold: true, color: null),       // 1 bold
            Font(14, bold: true, color: null),       // 2 title
            Font(10, bold: true, color: "FFB00020")) // 3 problem
        { Count = 4 };

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"),  // 2 header
            Solid("FFF2F2F2"))  // 3 group and total
        { Count = 4 };

        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 };

        // In CellStyle order.
        CellFormat[] formats =
        [
            Format(font: 0, fill: 0, border: 0, numberFormat: 0, HorizontalAlignmentValues.General, VerticalAlignmentValues.Bottom, wrap: false),
            Format(font: 2, fill: 0, border: 0, numberFormat: 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: false),
            Format(font: 0, fill: 0, border: 0, numberFormat: 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: false),
            Format(font: 1, fill: 2, border: 1, numberFormat: 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: true),
            Format(font: 0, fill: 0, border: 1, numberFormat: 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top, wrap: true),
            Format(font: 1, fill: 3, border: 1, numberFormat: 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: true),
            Format(font: 0, fill: 0, border: 1, numberFormat: 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top, wrap: false),
            Format(font: 0, fill: 0, border: 1, numberFormat: ScoreFormat, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Top, wrap: false),
            Format(font: 1, fill: 3, border: 1, numberFormat: 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: true),
            Format(font: 1, fill: 3, border: 1, numberFormat: ScoreFormat, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, wrap: false),
            Format(font: 3, fill: 0, border: 1, numberFormat: 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top, wrap: true),
            Format(font: 3, fill: 0, border: 0, numberFormat: 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: false),
            Format(font: 1, fill: 3, border: 1, numberFormat: 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top, wrap: true),
            Format(font: 1, fill: 3, border: 1, numberFormat: 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: false),
            Format(font: 1, fill: 0, border: 0, numberFormat: 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: false),
        ];

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = ScoreFormat, FormatCode = "0.00" }) { Count = 1 },
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats) { Count = (uint)formats.Length },
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(double size, bool bold, string? color)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = HexBinaryValue.FromString(color) });
        }

        font.Append(new FontName { Val = FontName });
        font.Append(new FontCharSet { Val = 134 }); // GB2312: tells Excel the font is for Chinese text.
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Indexed = 64 })
        {
            PatternType = PatternValues.Solid,
        });

    private static CellFormat Format(
        uint font,
        uint fill,
        uint border,
        uint numberFormat,
        HorizontalAlignmentValues horizontal,
        VerticalAlignmentValues vertical,
        bool wrap) =>
        new(new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = wrap ? true : null })
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            NumberFormatId = numberFormat,
            FormatId = 0,
            ApplyFont = font != 0 ? true : null,
            ApplyFill = fill != 0 ? true : null,
            ApplyBorder = border != 0 ? true : null,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyAlignment = true,
        };
}
