namespace PerfRules.Engine;

/// <summary>Describes what a rule class does, in words for the people who read its results.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class DescriptionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The description.</param>
    public DescriptionAttribute(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The description.</summary>
    public string Value { get; }
}
