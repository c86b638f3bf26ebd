using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfRules.Scoring;

namespace PerfRules.DependencyInjection.Tests;

public sealed class AddPerfRulesTest
{
    // Approved on a Friday; five working days later is the next Friday.
    private static readonly object[] OnTimeOverWeekend = [new Filing(new DateOnly(2023, 4, 28), new DateOnly(2023, 5, 5))];

    private static ServiceProvider Provider(Action<PerfRulesBuilder> configure, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new PointsPolicy());
        more?.Invoke(services);
        services.AddPerfRules(configure);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void A_registered_rule_set_is_compiled_once_and_scores_with_rules_built_by_the_container()
    {
        using var provider = Provider(p => p.AddRuleSet("filing", sp => TestRuleSets.Filing("Filing", ActivatorUtilities.CreateInstance<FilingRule>(sp))));
        var service = provider.GetRequiredService<IScorecardService>();

        var card = service.Evaluate(OnTimeOverWeekend);

        Assert.Equal(100m, card.Total);
        Assert.Same(service.Evaluator(), service.Evaluator("FILING"));
        Assert.Same(service, provider.GetRequiredService<IScorecardService>());
    }

    [Fact]
    public void Named_rule_sets_are_picked_by_name_and_the_default_by_option()
    {
        using var provider = Provider(p => p
            .AddRuleSet("a", sp => TestRuleSets.Filing("A", new FilingRule(new PointsPolicy())))
            .AddRuleSet("b", sp => TestRuleSets.Filing("B", new FilingRule(new PointsPolicy { OnTimePoints = 60m })))
            .Configure(o => o.DefaultRuleSet = "b"));
        var service = provider.GetRequiredService<IScorecardService>();

        Assert.Equal(["a", "b"], service.RuleSetNames);
        Assert.Equal("A", service.Evaluate(OnTimeOverWeekend, "a").RuleSetId);
        Assert.Equal(60m, service.Evaluate(OnTimeOverWeekend).Total);
        Assert.Throws<KeyNotFoundException>(() => service.Evaluator("c"));
    }

    [Theory]
    [InlineData("missing", "is not registered")]
    [InlineData(null, "Several rule sets are registered")]
    public void Bad_options_fail_when_the_host_starts(string? defaultRuleSet, string message)
    {
        using var provider = Provider(p => p
            .AddRuleSet("a", _ => TestRuleSets.Filing("A", new FilingRule(new PointsPolicy())))
            .AddRuleSet("b", _ => TestRuleSets.Filing("B", new FilingRule(new PointsPolicy())))
            .Configure(o => o.DefaultRuleSet = defaultRuleSet));

        // What a host does on start: IStartupValidator runs every ValidateOnStart validation.
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_rule_set_and_a_bad_firing_limit_are_reported_together()
    {
        using var provider = Provider(p => p.Configure(o => o.FiringLimit = 0));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("No rule set is registered", error.Message, StringComparison.Ordinal);
        Assert.Contains("FiringLimit must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_working_day_calendar_is_injectable()
    {
        // Approved Friday 2023-04-28. Mondays to Fridays: the fifth working day after is 05-05, so 05-10 is late.
        // With 05-01 to 05-05 as holidays (劳动节), the fifth working day is 05-12, so 05-10 is on time.
        var holidays = new WeekendCalendar([new(2023, 5, 1), new(2023, 5, 2), new(2023, 5, 3), new(2023, 5, 4), new(2023, 5, 5)]);
        object[] filedOnTenth = [new Filing(new DateOnly(2023, 4, 28), new DateOnly(2023, 5, 10))];
        using var standard = Provider(p => p.AddRuleSet("f", sp => TestRuleSets.Filing("F", ActivatorUtilities.CreateInstance<FilingRule>(sp))));
        using var withHolidays = Provider(p => p.AddRuleSet("f", sp => TestRuleSets.Filing("F", ActivatorUtilities.CreateInstance<FilingRule>(sp))).UseCalendar(holidays));

        Assert.Equal(0m, standard.GetRequiredService<IScorecardService>().Evaluate(filedOnTenth).Total);
        Assert.Equal(100m, withHolidays.GetRequiredService<IScorecardService>().Evaluate(filedOnTenth).Total);
    }

    [Fact]
    public void Evaluations_are_logged_with_the_injected_time_provider()
    {
        var sink = new ListLoggerProvider();
        using var provider = Provider(
            p => p.AddRuleSet("f", sp => TestRuleSets.Filing("F", ActivatorUtilities.CreateInstance<FilingRule>(sp))),
            services => services.AddLogging(b => b.AddProvider(sink)).AddSingleton<TimeProvider>(new SteppingTime(TimeSpan.FromMilliseconds(7))));
        var service = provider.GetRequiredService<IScorecardService>();

        service.Evaluate(OnTimeOverWeekend);
        service.Evaluate([]);

        Assert.Contains(sink.Entries, e => e.EventId == 1 && e.Message.Contains("Compiled rule set f", StringComparison.Ordinal));
        Assert.Contains(sink.Entries, e => e.EventId == 2 && e.Message.Contains(": 100 (优) in 7.0 ms", StringComparison.Ordinal));
        Assert.Contains(sink.Entries, e => e.EventId == 3 && e.Level == LogLevel.Warning && e.Message.Contains("incomplete, 1 input problems", StringComparison.Ordinal));
    }

    /// <summary>A clock whose every reading is one step after the last.</summary>
    private sealed class SteppingTime(TimeSpan step) : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _ticks, step.Ticks);
    }
}
