using PerfRules.Facts;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>A problem a check or a case reports when its condition holds: missing data or an error, naming the fact and field.</summary>
internal sealed record DeclaredProblem(bool IsError, string FactType, string Field, BoundTemplate Message)
{
    /// <summary>The problem with its message rendered over the facts (or the failure that kept the message from being written).</summary>
    public FactProblem? Render(BlockContext context, out BlockOutcome? failure)
    {
        var message = Message.Render(context, null, out failure);
        return message is null ? null : new FactProblem(FactType, Field, message);
    }

    /// <summary>The outcome of a case that reports this problem.</summary>
    public BlockOutcome Report(BlockContext context)
    {
        var problem = Render(context, out var failure);
        return problem is null ? failure! : IsError ? BlockOutcome.Error(problem) : BlockOutcome.MissingData(problem);
    }
}
