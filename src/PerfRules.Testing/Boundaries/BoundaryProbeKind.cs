namespace PerfRules.Testing.Boundaries;

/// <summary>Where a <see cref="BoundaryProbe"/> puts a metric relative to the bounds of its scale.</summary>
public enum BoundaryProbeKind
{
    /// <summary>Exactly on a bound, where inclusive and exclusive differ.</summary>
    OnBound,

    /// <summary>Just below a bound, by the relative epsilon (1e-6 of the bound by default).</summary>
    JustBelow,

    /// <summary>Just above a bound, by the relative epsilon.</summary>
    JustAbove,

    /// <summary>On a bound, then one cent less of the input that moves the metric.</summary>
    CentBelow,

    /// <summary>On a bound, then one cent more of the input that moves the metric.</summary>
    CentAbove,

    /// <summary>Inside the gap between two neighbouring bounds (a quarter, half and three quarters of the way).</summary>
    BetweenBounds,

    /// <summary>Below the lowest bound, still inside the metric's domain.</summary>
    BelowAllBounds,

    /// <summary>Above the highest bound, still inside the metric's domain.</summary>
    AboveAllBounds,

    /// <summary>An end of the domain itself, such as 0% or 100%.</summary>
    DomainEdge,

    /// <summary>
    /// Just outside the domain (by the relative epsilon, or on an excluded end): the rule set declares such a value bad
    /// input, so the rule must reject it (an error outcome), never score it.
    /// </summary>
    OutsideDomain,
}
