namespace PerfRules.RuleSetFormat.Json;

/// <summary>One property of a JSON object: its name, where the name was written, and its value.</summary>
internal sealed record DocProperty(string Name, Location NameLocation, DocNode Value);
