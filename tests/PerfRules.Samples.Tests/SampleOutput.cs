using PerfRules.Results;

namespace PerfRules.Samples.Tests;

/// <summary>Runs a sample as Program.cs does, into a string instead of the console, and splits what it printed into lines.</summary>
internal static class SampleOutput
{
    public static IReadOnlyList<string> Lines(Action<TextWriter, Language> run, Language language = Language.Chinese)
    {
        using var writer = new StringWriter();
        run(writer, language);
        return writer.ToString().Split(Environment.NewLine);
    }
}
