namespace PerfRules.DependencyInjection;

/// <summary>Options of the PerfRules services, validated when the host starts.</summary>
public sealed class PerfRulesOptions
{
    /// <summary>The rule set used when an evaluation names none; null means the only rule set registered.</summary>
    public string? DefaultRuleSet { get; set; }

    /// <summary>The most rule firings one evaluation may take before it is stopped as a loop; positive.</summary>
    public int FiringLimit { get; set; } = Engine.SessionOptions.DefaultFiringLimit;
}
