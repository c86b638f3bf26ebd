using System.Runtime.CompilerServices;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.RuleSetFormat;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The JSON rule sets of TestData/, the repository's docs and the Suixi facts file, found from this source file.</summary>
internal static class TestDocuments
{
    public static string RepositoryRoot { get; } = Root();

    public static string Folder { get; } = Path.Combine(RepositoryRoot, "tests", "PerfRules.Tests", "RuleSetFormat", "TestData");

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static RuleSet Load(string name, RuleSetLoadOptions? options = null) => RuleSetJson.LoadFile(Path.Combine(Folder, name), options);

    public static IReadOnlyList<object> SuixiFacts() =>
        FactsJson.ReadFile(Path.Combine(RepositoryRoot, "samples", "PerfRules.Samples.Suixi", "suixi-hrss-2022.facts.json"));

    private static string Root([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
