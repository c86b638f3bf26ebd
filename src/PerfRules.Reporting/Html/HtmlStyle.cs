namespace PerfRules.Reporting.Html;

/// <summary>
/// The page's only stylesheet, inline so the page needs nothing else: A4 landscape like the report's annex, header rows
/// that repeat on every printed page, rows that do not split across pages, and group rows shaded by level.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        @page { size: A4 landscape; margin: 12mm 10mm 12mm 10mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; color: #111; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimSun", sans-serif; font-size: 9pt; line-height: 1.45; }
        @media screen { body { max-width: 297mm; margin: 8mm auto; padding: 0 6mm; } }
        h1 { font-size: 15pt; text-align: center; margin: 0 0 3mm 0; letter-spacing: 0.05em; }
        h2 { font-size: 12pt; margin: 6mm 0 2mm 0; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 10.5pt; margin: 4mm 0 2mm 0; break-after: avoid; page-break-after: avoid; }
        .meta { margin: 0 0 3mm 0; }
        .meta span { display: inline-block; margin-right: 8mm; }
        .warning { border: 1pt solid #b00020; color: #b00020; font-weight: bold; padding: 1.5mm 2.5mm; margin: 0 0 3mm 0; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        th, td { border: 0.6pt solid #555; padding: 1mm 1.4mm; vertical-align: top; text-align: left; overflow-wrap: break-word; }
        thead { display: table-header-group; }
        thead th { background: #e6e6e6; text-align: center; vertical-align: middle; font-weight: bold; font-size: 8.5pt; padding: 1mm 0.5mm; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        td.indent { border-top: none; border-bottom: none; }
        tbody tr:last-child td.indent { border-bottom: 0.6pt solid #555; }
        td.num { text-align: right; white-space: nowrap; }
        td.status { text-align: center; white-space: normal; }
        tr.total td { background: #ededed; font-weight: bold; }
        tr.level-1 td.name, tr.level-1 td.num, tr.level-1 td.notes { background: #f3f3f3; font-weight: bold; }
        tr.level-2 td.name, tr.level-2 td.num, tr.level-2 td.notes { background: #f9f9f9; font-weight: bold; }
        .code { color: #666; font-weight: normal; margin-right: 1mm; }
        .problem, td.problem { color: #b00020; font-weight: bold; }
        .notes div + div { margin-top: 0.8mm; }
        .deduction { color: #333; }
        table.summary td.label { width: 22%; font-weight: bold; background: #f3f3f3; }
        table.deductions td.rank { text-align: center; }
        ul.problems { margin: 0; padding-left: 5mm; color: #b00020; }
        """;
}
