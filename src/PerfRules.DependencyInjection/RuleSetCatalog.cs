using Microsoft.Extensions.Logging;
using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.RuleSetFormat;

namespace PerfRules.DependencyInjection;

/// <summary>
/// The registered rule sets of one service provider, each built once, on first need: when the host starts (the options
/// validation asks for every problem) or at the first evaluation. A rule set that cannot be built is kept as its
/// problems, every one, so the host fails to start with all of them.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class RuleSetCatalog
{
    private readonly IReadOnlyList<Lazy<CatalogEntry>> _entries;

    public RuleSetCatalog(IServiceProvider services, IEnumerable<RuleSetRegistration> registrations, ILogger<ScorecardService> logger)
    {
        _entries = [.. registrations.Select(r => new Lazy<CatalogEntry>(() => Build(r, services, logger)))];
    }

    /// <summary>Every registration, built.</summary>
    public IReadOnlyList<CatalogEntry> Entries => [.. _entries.Select(e => e.Value)];

    private static CatalogEntry Build(RuleSetRegistration registration, IServiceProvider services, ILogger logger)
    {
        try
        {
            var loaded = registration.Load(services);
            var name = registration.Name ?? loaded.RuleSet.Id;
            foreach (var warning in loaded.Warnings)
            {
                Log.LoadWarning(logger, registration.Source, warning.Describe(Language.English));
            }

            if (registration.IsDocument)
            {
                Log.Loaded(logger, name, loaded.RuleSet.Id, loaded.RuleSet.Version, registration.Source);
            }

            return new CatalogEntry(registration, name, loaded.RuleSet, []);
        }
        catch (RuleSetLoadException exception)
        {
            var errors = exception.Errors.Where(e => e.Severity == RuleSetErrorSeverity.Error).ToList();
            return Failed(registration, [
                $"The rule set {registration.Source} cannot be loaded: {errors.Count} error{(errors.Count == 1 ? "" : "s")}.",
                .. errors.Select(e => e.Describe(Language.English))]);
        }
        catch (RuleSetException exception)
        {
            return Failed(registration, [.. exception.Problems.Select(p => $"The rule set {registration.Source} is invalid: {p}")]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(registration, [$"The rule set file {registration.Source} cannot be read: {exception.Message}"]);
        }
    }

    private static CatalogEntry Failed(RuleSetRegistration registration, IReadOnlyList<string> problems) =>
        new(registration, registration.Name, null, problems);
}

/// <summary>A registration built: its name (null when it names none and could not be built), its rule set or its problems.</summary>
internal sealed record CatalogEntry(RuleSetRegistration Registration, string? Name, RuleSet? RuleSet, IReadOnlyList<string> Problems);
