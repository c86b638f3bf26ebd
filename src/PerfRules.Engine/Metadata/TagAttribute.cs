namespace PerfRules.Engine;

/// <summary>Tags a rule class; repeat the attribute for several tags. Tags are free text, for filtering and reporting.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = true)]
public sealed class TagAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The tag; must not be empty.</param>
    public TagAttribute(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The tag.</summary>
    public string Value { get; }
}
