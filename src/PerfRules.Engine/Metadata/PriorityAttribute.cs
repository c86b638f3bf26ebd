namespace PerfRules.Engine;

/// <summary>
/// Sets a rule class's priority (salience). Among pending activations, a rule with a higher priority fires first;
/// activations of equal priority fire in the order they were created. The default priority is 0.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class PriorityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The priority; higher fires first.</param>
    public PriorityAttribute(int value) => Value = value;

    /// <summary>The priority; higher fires first.</summary>
    public int Value { get; }
}
