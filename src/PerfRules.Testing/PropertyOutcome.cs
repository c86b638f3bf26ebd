namespace PerfRules.Testing;

/// <summary>
/// How one property fared: passed, or failed with the smallest case FsCheck shrank the failure to, the facts of that
/// case and the scorecard's explanation for it. The boundary properties have one outcome per metric indicator.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record PropertyOutcome
{
    /// <summary>The property.</summary>
    public required RuleSetProperty Property { get; init; }

    /// <summary>The metric indicator swept, for the boundary properties; <see langword="null"/> for the scorecard properties.</summary>
    public string? IndicatorCode { get; init; }

    /// <summary>Whether the property held on every case.</summary>
    public required bool Passed { get; init; }

    /// <summary>The cases run (up to and including the failing one).</summary>
    public required int Tests { get; init; }

    /// <summary>What was checked, in words: "200 cases", "10 variations × 33 probes".</summary>
    public required string Coverage { get; init; }

    /// <summary>
    /// Whether the property could be checked at all: false for a boundary property whose indicator's metric could not be
    /// moved to any probe from any variation of the baseline (its <c>Adjust</c> gave nothing, say because the baseline's
    /// denominator is 0). Such an outcome passes unless <see cref="RuleSetCheckOptions.RequireEveryMetricExercised"/> is set.
    /// </summary>
    public bool Exercised { get; init; } = true;

    /// <summary>How many times FsCheck shrank the failing case.</summary>
    public int Shrinks { get; init; }

    /// <summary>What went wrong, in words; <see langword="null"/> when passed.</summary>
    public string? Failure { get; init; }

    /// <summary>The failing case, shrunk: how it differs from the baseline; <see langword="null"/> when passed.</summary>
    public string? Case { get; init; }

    /// <summary>The facts of the shrunk failing case; empty when passed.</summary>
    public IReadOnlyList<object> Facts { get; init; } = [];

    /// <summary>The scorecard's explanation of the indicators concerned (note, metric, band or step, deductions, problems); <see langword="null"/> when passed.</summary>
    public string? Explanation { get; init; }

    /// <summary>"✓ BoundsAsDeclared 2.1.3 (10 variations × 33 probes)", "⚠ … (not exercised: …)" or "✗ …: the failure".</summary>
    /// <returns>The one-line summary.</returns>
    public override string ToString() =>
        $"{(!Passed ? "✗" : Exercised ? "✓" : "⚠")} {Property}{(IndicatorCode is null ? "" : " " + IndicatorCode)} ({Coverage})" + (Passed ? "" : ": " + Failure?.Split('\n')[0]);
}
