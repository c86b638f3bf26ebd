using PerfRules.Results;

namespace PerfRules.RuleSetFormat;

/// <summary>A finding about one scale before it is placed: <see cref="Band"/> is the band concerned (an index), if any.</summary>
internal sealed record ScaleFinding(LintSeverity Severity, LintFindingKind Kind, LocalizedText Message, decimal? Example = null, int? Band = null);
