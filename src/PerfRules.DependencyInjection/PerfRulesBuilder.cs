using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PerfRules.Evaluation;
using PerfRules.RuleSetFormat;
using PerfRules.Scoring;

namespace PerfRules.DependencyInjection;

/// <summary>Configures PerfRules inside <c>AddPerfRules(...)</c>: which rule sets to register, and the services they use.</summary>
public sealed class PerfRulesBuilder
{
    internal PerfRulesBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection, for registering what your rules need.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers a rule set under its id.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>This builder.</returns>
    public PerfRulesBuilder AddRuleSet(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return AddRuleSet(ruleSet.Id, _ => ruleSet);
    }

    /// <summary>
    /// Registers a rule set that the container builds, so its rules can be constructed with their dependencies (use
    /// <see cref="ActivatorUtilities.CreateInstance{T}(IServiceProvider, object[])"/> for each rule). It is built once,
    /// when the host starts (the options validation builds every rule set), or on first use if the host does not
    /// validate on start; a <see cref="RuleSetException"/> it throws is reported as a validation failure.
    /// </summary>
    /// <param name="name">The name evaluations use to pick it (case-insensitive).</param>
    /// <param name="build">Builds the rule set from the container.</param>
    /// <returns>This builder.</returns>
    public PerfRulesBuilder AddRuleSet(string name, Func<IServiceProvider, RuleSet> build)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(build);
        Services.AddSingleton(RuleSetRegistration.Of(name, build));
        return this;
    }

    /// <summary>
    /// Registers a rule set written as JSON (docs/rule-set-format.md), read from a file when the host starts. A file that
    /// cannot be read or loaded stops the host: the options validation fails with every error the loader found, each
    /// with its file, line, column and JSON path. The document's warnings are logged (event 5).
    /// </summary>
    /// <param name="path">The file, UTF-8; a relative path is taken from the current directory now.</param>
    /// <param name="name">The name evaluations use to pick it (case-insensitive); the document's <c>id</c> when null.</param>
    /// <param name="options">The base documents it may extend and the fact types its formulas may read; defaults when null.</param>
    /// <returns>This builder.</returns>
    public PerfRulesBuilder AddRuleSetFromJson(string path, string? name = null, RuleSetLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        CheckName(name);
        Services.AddSingleton(RuleSetRegistration.FromJsonFile(path, name, options));
        return this;
    }

    /// <summary>
    /// Registers a rule set written as JSON, read from a stream now (to its end, as UTF-8; the stream is left open) and
    /// loaded when the host starts, like <see cref="AddRuleSetFromJson(string, string?, RuleSetLoadOptions?)"/>: a document
    /// with errors stops the host with every error the loader found.
    /// </summary>
    /// <param name="json">The JSON document; an embedded resource, say.</param>
    /// <param name="name">The name evaluations use to pick it (case-insensitive); the document's <c>id</c> when null.</param>
    /// <param name="options">The base documents it may extend and the fact types its formulas may read; defaults when null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public PerfRulesBuilder AddRuleSetFromJson(Stream json, string? name = null, RuleSetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        CheckName(name);
        using var reader = new StreamReader(json, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = reader.ReadToEnd();

        // Messages name the file a FileStream was opened on; any other stream by the name given, if any.
        var source = (json as FileStream)?.Name ?? name ?? "JSON stream";
        Services.AddSingleton(RuleSetRegistration.FromJsonText(text, source, name, options));
        return this;
    }

    /// <summary>Uses a working-day calendar (工作日历) for deadlines counted in working days; Mondays to Fridays otherwise.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>This builder.</returns>
    public PerfRulesBuilder UseCalendar(IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Services.AddSingleton(calendar);
        return this;
    }

    /// <summary>Configures the options; they are validated when the host starts.</summary>
    /// <param name="configure">Sets the options.</param>
    /// <returns>This builder.</returns>
    public PerfRulesBuilder Configure(Action<PerfRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    private static void CheckName(string? name)
    {
        if (name is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
        }
    }
}
