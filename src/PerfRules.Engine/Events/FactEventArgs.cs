namespace PerfRules.Engine;

/// <summary>A fact that was inserted, updated or retracted.</summary>
public sealed class FactEventArgs : EventArgs
{
    internal FactEventArgs(object fact) => Fact = fact;

    /// <summary>The fact (for an update, its new instance).</summary>
    public object Fact { get; }
}
