using PerfRules.RuleSetFormat.Json;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>One grade band of the document: the totals it covers and the grade.</summary>
internal sealed record GradeSpec(Interval Range, Grade Grade, Location Location);
