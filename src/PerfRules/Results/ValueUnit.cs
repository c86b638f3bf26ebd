namespace PerfRules.Results;

/// <summary>
/// How a number is shown in a note. The number itself is always held in its base quantity: money in yuan, rates as
/// ratios (0.4741, not 47.41), so the unit changes only the display, never the arithmetic.
/// </summary>
public enum ValueUnit
{
    /// <summary>A bare number.</summary>
    None = 0,

    /// <summary>Money shown in yuan (元), e.g. "15635713.52元".</summary>
    Yuan,

    /// <summary>Money held in yuan and shown in ten-thousands of yuan (万元) with two decimals, e.g. "1030.36万元".</summary>
    WanYuan,

    /// <summary>A ratio shown as a percentage with two decimals, e.g. 0.4741 → "47.41%".</summary>
    Percent,

    /// <summary>Days (天).</summary>
    Days,

    /// <summary>A count of items (项).</summary>
    Items,

    /// <summary>A count of cases, e.g. petitions (件).</summary>
    Cases,

    /// <summary>A count of people (人).</summary>
    Persons,

    /// <summary>Points (分).</summary>
    Points,
}
