using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>
/// A text with placeholders as the document writes it (<c>"应于{SelfEvaluationSubmission.Deadline}前报送自评材料"</c>), in
/// Chinese and optionally English, with the JSON strings it came from so that an error is reported at its character.
/// </summary>
internal sealed record TemplateText(string Chinese, DocNode ChineseNode, string? English, DocNode? EnglishNode, Location Location);
