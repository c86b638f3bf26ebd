namespace PerfRules.Testing.Variations;

/// <summary>The kinds of fact field a variation changes.</summary>
internal enum FieldKind
{
    /// <summary>A decimal: an amount, a rate or a score; scaled.</summary>
    Decimal,

    /// <summary>An integer: a count (or a year); scaled.</summary>
    Integer,

    /// <summary>A date; moved by some days.</summary>
    Date,

    /// <summary>A yes/no answer; flipped.</summary>
    Flag,
}
