using Microsoft.Extensions.Logging;

namespace PerfRules.DependencyInjection;

/// <summary>The log events of the PerfRules services (event ids 1–5).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Compiled rule set {Name} ({RuleSetId} {Version}, {Indicators} indicator rules) in {ElapsedMs:F1} ms")]
    public static partial void Compiled(ILogger logger, string name, string ruleSetId, string version, int indicators, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Scored {Department} with {RuleSetId}: {Total} ({Grade}) in {ElapsedMs:F1} ms")]
    public static partial void Evaluated(ILogger logger, string ruleSetId, string? department, decimal? total, string? grade, double elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Scored {Department} with {RuleSetId}: incomplete, {ProblemCount} input problems ({Problems}) in {ElapsedMs:F1} ms")]
    public static partial void EvaluatedIncomplete(ILogger logger, string ruleSetId, string? department, int problemCount, string problems, double elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Loaded rule set {Name} ({RuleSetId} {Version}) from {Source}")]
    public static partial void Loaded(ILogger logger, string name, string ruleSetId, string version, string source);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Rule set {Source}: {Warning}")]
    public static partial void LoadWarning(ILogger logger, string source, string warning);
}
