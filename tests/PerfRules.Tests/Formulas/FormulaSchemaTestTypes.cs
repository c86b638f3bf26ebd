namespace PerfRules.Tests.Formulas.Other;

/// <summary>A second type named Procurement, to show that fact type names must be unique in a schema.</summary>
public sealed record Procurement(decimal Amount);

/// <summary>A type named after a keyword of the formula language.</summary>
public sealed record Where(decimal Amount);
