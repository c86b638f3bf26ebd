namespace PerfRules.Engine;

/// <summary>What the engine knows about a compiled rule: its metadata, for events, errors and reporting.</summary>
public interface IRuleDefinition
{
    /// <summary>The rule's name (from <see cref="NameAttribute"/>, an override of <see cref="Rule.Name"/>, or the type's full name).</summary>
    string Name { get; }

    /// <summary>The rule's description, or an empty string.</summary>
    string Description { get; }

    /// <summary>The rule's priority; higher fires first.</summary>
    int Priority { get; }

    /// <summary>The rule's tags, in declaration order.</summary>
    IReadOnlyList<string> Tags { get; }
}
