namespace PerfRules.Reporting.Layout;

/// <summary>What a line of the notes column (评分说明) says, so a writer can set deductions and problems apart.</summary>
internal enum NoteKind
{
    /// <summary>The scoring note itself, or a remark such as a reallocation of points.</summary>
    Note,

    /// <summary>A deduction: points, computed or judged, reason and evidence.</summary>
    Deduction,

    /// <summary>A problem with the input that kept the indicator from being scored.</summary>
    Problem,
}
