namespace PerfRules.RuleSetFormat.Json;

/// <summary>The kind of a JSON value read from a rule-set document.</summary>
internal enum DocNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
