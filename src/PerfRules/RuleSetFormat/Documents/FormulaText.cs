using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>A formula as the document writes it, with the JSON string it came from, so that an error at a character of
/// the formula is reported at that character of the file.</summary>
internal sealed record FormulaText(string Text, DocNode Node)
{
    public Location Location => Node.Location;
}
