namespace PerfRules.Engine;

/// <summary>Gives a rule class its name. Without it, a rule is named by its type's full name.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class NameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The rule's name; must not be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or white space.</exception>
    public NameAttribute(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The rule's name.</summary>
    public string Value { get; }
}
