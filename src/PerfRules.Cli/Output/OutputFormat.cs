namespace PerfRules.Cli.Output;

/// <summary>The formats <c>score --format</c> writes a scorecard in.</summary>
internal enum OutputFormat
{
    /// <summary>The scoring table as plain text for a terminal.</summary>
    Table,

    /// <summary>GitHub-flavoured Markdown (PerfRules.Reporting).</summary>
    Md,

    /// <summary>A self-contained printable HTML page (PerfRules.Reporting).</summary>
    Html,

    /// <summary>An Excel workbook (PerfRules.Reporting); needs a file.</summary>
    Xlsx,

    /// <summary>The scorecard as JSON (ScorecardJson), lossless.</summary>
    Json,
}
