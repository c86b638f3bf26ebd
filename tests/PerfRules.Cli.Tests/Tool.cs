using System.Diagnostics;
using System.Text;

namespace PerfRules.Cli.Tests;

/// <summary>What a run of the tool gave: its exit code and everything it wrote.</summary>
public sealed record ToolRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the built tool end to end, as a user would: <c>dotnet PerfRules.Cli.dll …</c> in a child process, with the dll
/// the test project's reference to the tool's project puts next to the test assembly.
/// </summary>
public static class Tool
{
    /// <summary>The Suixi case's facts file (samples/PerfRules.Samples.Suixi), copied next to the tests.</summary>
    public static string SuixiFacts { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "suixi-hrss-2022.facts.json");

    public const string Suixi = "GuangdongSuixi2022";

    private static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "PerfRules.Cli.dll");

    public static ToolRun Run(params string[] args)
    {
        Assert.True(File.Exists(Dll), $"The tool is not built next to the tests: {Dll}");
        var start = new ProcessStartInfo(Host())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // Not a timing assertion: a guard so that a hung tool fails the test instead of hanging the run.
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"perfrules {string.Join(' ', args)} did not finish.");
        }

        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The dotnet host running these tests (dotnet test sets DOTNET_HOST_PATH), or dotnet from the PATH.</summary>
    private static string Host() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

/// <summary>A temporary folder, deleted with everything in it when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "perfrules-cli-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
