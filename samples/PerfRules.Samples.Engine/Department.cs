namespace PerfRules.Samples.Engine;

/// <summary>A budget unit (预算单位), identified by its code.</summary>
public sealed record Department(string Code, string Name);
