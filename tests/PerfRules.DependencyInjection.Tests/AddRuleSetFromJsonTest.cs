using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.DependencyInjection.Tests;

/// <summary>
/// Rule sets written as JSON, registered with <c>AddRuleSetFromJson</c> from a file or a stream: loaded once when the host
/// starts, named by their id or the name given, and a document with errors stops the host with every error the loader found.
/// </summary>
public sealed class AddRuleSetFromJsonTest
{
    // Approved Friday 2023-04-28, due within 5 working days. Published Wednesday 05-10: late by Mondays to Fridays
    // (due 05-05), on time with 05-01 to 05-05 as holidays (劳动节; due 05-12).
    private static readonly object[] BudgetPublishedOnTenth =
        [new Disclosure(DisclosureKind.Budget, new DateOnly(2023, 4, 28), "某财预〔2023〕1号", new DateOnly(2023, 5, 10))];

    private static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    private static ServiceProvider Provider(Action<PerfRulesBuilder> configure, ListLoggerProvider? log = null)
    {
        var services = new ServiceCollection();
        if (log is not null)
        {
            services.AddLogging(b => b.AddProvider(log));
        }

        services.AddPerfRules(configure);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static void Start(IServiceProvider provider) => provider.GetRequiredService<IStartupValidator>().Validate();

    [Fact]
    public void A_JSON_file_is_registered_under_its_id_loaded_once_at_start_and_scores()
    {
        var log = new ListLoggerProvider();
        using var provider = Provider(p => p.AddRuleSetFromJson(TestData("filing-working-days.json")), log);

        Start(provider);
        var service = provider.GetRequiredService<IScorecardService>();
        var card = service.Evaluate(BudgetPublishedOnTenth, "filingjson");

        Assert.Equal(["FilingJson"], service.RuleSetNames);
        Assert.Equal(0m, card.Total);
        Assert.Same(service.Evaluator(), service.Evaluator("FilingJson"));
        var loaded = Assert.Single(log.Entries, e => e.EventId == 4);
        Assert.Equal($"Loaded rule set FilingJson (FilingJson 1) from {TestData("filing-working-days.json")}", loaded.Message);
    }

    [Fact]
    public void A_name_given_replaces_the_id_and_a_stream_is_read_when_registered_and_left_open()
    {
        using var stream = new MemoryStream(File.ReadAllBytes(TestData("filing-working-days.json")));
        using var provider = Provider(p => p
            .AddRuleSetFromJson(TestData("filing-working-days.json"), name: "from-file")
            .AddRuleSetFromJson(stream, name: "from-stream")
            .Configure(o => o.DefaultRuleSet = "from-stream"));

        Start(provider);
        var service = provider.GetRequiredService<IScorecardService>();

        Assert.True(stream.CanRead);
        Assert.Equal(["from-file", "from-stream"], service.RuleSetNames);
        Assert.Equal("FilingJson", service.Evaluate(BudgetPublishedOnTenth).RuleSetId);
        Assert.NotSame(service.Evaluator("from-file"), service.Evaluator("from-stream"));
    }

    [Fact]
    public void A_JSON_file_with_errors_stops_the_host_with_every_error_the_loader_found()
    {
        var path = TestData("broken.json");
        using var provider = Provider(p => p.AddRuleSetFromJson(path));

        var error = Assert.Throws<OptionsValidationException>(() => Start(provider));
        var failures = error.Failures.ToList();

        Assert.Equal($"The rule set {path} cannot be loaded: 4 errors.", failures[0]);
        Assert.Collection(
            failures.Skip(1),
            f => Assert.StartsWith($"{path}(6,5): error $.indicators[0]: ", f, StringComparison.Ordinal),
            f => Assert.StartsWith($"{path}(6,33): error $.indicators[0].wieght: ", f, StringComparison.Ordinal),
            f => Assert.StartsWith($"{path}(7,43): error $.indicators[1].weight: ", f, StringComparison.Ordinal),
            f => Assert.StartsWith($"{path}(7,70): error $.indicators[1].scoring.kind: ", f, StringComparison.Ordinal));

        // A host that skips start-up validation meets the same errors at the first use, never a half-loaded service.
        var again = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IScorecardService>);
        Assert.Equal(failures, again.Failures);
    }

    [Fact]
    public void A_missing_file_and_a_code_rule_set_that_does_not_add_up_are_reported_together()
    {
        var missing = TestData("no-such-file.json");
        using var provider = Provider(p => p
            .AddRuleSetFromJson(missing)
            .AddRuleSet("bad", _ => RuleSet.Create("Bad", "1", new LocalizedText("错")).Indicator(new FilingRule(new PointsPolicy())).MaximumScore(90m).Build())
            .Configure(o => o.DefaultRuleSet = "bad"));

        var error = Assert.Throws<OptionsValidationException>(() => Start(provider));

        Assert.Contains(error.Failures, f => f.StartsWith($"The rule set file {missing} cannot be read: ", StringComparison.Ordinal));
        Assert.Contains("The rule set 'bad' is invalid: The level-1 indicators 1 add up to 100, not the maximum 90.", error.Failures);

        // The option names a rule set that could not be built; it is not also reported as "not registered".
        Assert.DoesNotContain(error.Failures, f => f.Contains("not registered", StringComparison.Ordinal));
    }

    [Fact]
    public void A_JSON_rule_set_with_the_id_of_another_is_a_duplicate_name()
    {
        using var provider = Provider(p => p
            .AddRuleSet("filingjson", _ => TestRuleSets.Filing("F", new FilingRule(new PointsPolicy())))
            .AddRuleSetFromJson(TestData("filing-working-days.json"))
            .Configure(o => o.DefaultRuleSet = "filingjson"));

        var error = Assert.Throws<OptionsValidationException>(() => Start(provider));

        Assert.Equal(["The rule set name 'filingjson' is registered 2 times."], error.Failures);
    }

    [Fact]
    public void The_warnings_of_a_document_are_logged_when_it_loads()
    {
        var log = new ListLoggerProvider();
        using var provider = Provider(p => p.AddRuleSetFromJson(TestData("unused-label.json")), log);

        Start(provider);

        var warning = Assert.Single(log.Entries, e => e.EventId == 5);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.StartsWith($"Rule set {TestData("unused-label.json")}: {TestData("unused-label.json")}(", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Procurement.Actual", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_working_day_calendar_reaches_deadlines_in_JSON_rule_sets()
    {
        var holidays = new WeekendCalendar([new(2023, 5, 1), new(2023, 5, 2), new(2023, 5, 3), new(2023, 5, 4), new(2023, 5, 5)]);
        using var standard = Provider(p => p.AddRuleSetFromJson(TestData("filing-working-days.json")));
        using var withHolidays = Provider(p => p.AddRuleSetFromJson(TestData("filing-working-days.json")).UseCalendar(holidays));

        var late = standard.GetRequiredService<IScorecardService>().Evaluate(BudgetPublishedOnTenth);
        var onTime = withHolidays.GetRequiredService<IScorecardService>().Evaluate(BudgetPublishedOnTenth);

        Assert.Equal((0m, 100m), (late.Total!.Value, onTime.Total!.Value));
    }

    [Fact]
    public void Each_rule_set_is_compiled_once_however_many_threads_ask_for_it_first()
    {
        var log = new ListLoggerProvider();
        using var provider = Provider(p => p.AddRuleSetFromJson(TestData("filing-working-days.json")), log);
        var service = provider.GetRequiredService<IScorecardService>();
        using var start = new Barrier(8);

        var evaluators = new ScorecardEvaluator[8];
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            evaluators[i] = service.Evaluator();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.All(evaluators, e => Assert.Same(evaluators[0], e));
        Assert.Single(log.Entries, e => e.EventId == 1);
        Assert.Single(log.Entries, e => e.EventId == 4);
    }
}
