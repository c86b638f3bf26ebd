using PerfRules.Scoring;

namespace PerfRules.Internal;

/// <summary>Finds every pair of intervals that share a value, so a scale can name them all in one message.</summary>
internal static class Overlaps
{
    public static IReadOnlyList<(int First, int Second)> Find(IReadOnlyList<Interval> intervals)
    {
        var pairs = new List<(int, int)>();
        for (var i = 0; i < intervals.Count; i++)
        {
            for (var j = i + 1; j < intervals.Count; j++)
            {
                if (intervals[i].Overlaps(intervals[j]))
                {
                    pairs.Add((i, j));
                }
            }
        }

        return pairs;
    }
}
