using System.Diagnostics;
using System.Text;

namespace PerfRules.Packaging.Tests.Support;

/// <summary>
/// Runs the dotnet CLI as a child process, the way a user types the command: standard input closed, output and errors
/// captured together, a time limit after which the whole process tree is killed. No build server or MSBuild node is
/// left running afterwards (one would hold the output pipe open and outlive the test).
/// </summary>
internal static class DotNet
{
    // Set by the test host to the CLI that runs the tests: use the same SDK for the child.
    private static readonly string Executable =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    // Inherited from `dotnet test` and meant for its own in-process MSBuild, not for a new CLI invocation.
    private static readonly string[] Inherited = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly"];

    /// <summary>Runs <c>dotnet <paramref name="arguments"/></c> in <paramref name="folder"/> and waits at most <paramref name="limit"/>.</summary>
    /// <param name="folder">The working directory.</param>
    /// <param name="limit">How long the command may run before it is killed.</param>
    /// <param name="environment">Variables to set (a null value removes one) on top of this process's environment.</param>
    /// <param name="arguments">The CLI arguments, each passed as one argument.</param>
    public static CommandResult Run(string folder, TimeSpan limit, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in Inherited)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var command = "dotnet " + string.Join(" ", arguments);
        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
            return new CommandResult(command, folder, null, watch.Elapsed, Captured(output));
        }

        // The exit is known; the last lines may still be on their way through the pipes: drain them, within bounds.
        Task.Run(process.WaitForExit).Wait(TimeSpan.FromSeconds(30));
        return new CommandResult(command, folder, process.ExitCode, watch.Elapsed, Captured(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Captured(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
