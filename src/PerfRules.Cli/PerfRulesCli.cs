using System.CommandLine;
using System.CommandLine.Parsing;
using PerfRules.Cli.Commands;

namespace PerfRules.Cli;

/// <summary>
/// The <c>perfrules</c> command line: its commands, and the translation of every outcome into an exit code. A usage error
/// (an unknown command or option, a missing or malformed value) prints what is wrong and the command's help on standard
/// error and exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal static class PerfRulesCli
{
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var root = CreateRoot(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in parse.Errors)
            {
                console.WriteError(error.Message);
            }

            console.Error.WriteLine();
            WriteHelp(root, parse.CommandResult, console.Error);
            return ExitCodes.BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand(
            "perfrules scores a department's budget performance (部门整体支出绩效评价) from a facts file with a rule set, "
            + "and explains every point lost. Exit codes: 0 ok, 1 findings (check), 2 bad input, 3 internal error. "
            + "Facts files: docs/facts-format.md; this tool: docs/cli.md.");
        root.Subcommands.Add(ScoreCommand.Create(console));
        root.Subcommands.Add(ExplainCommand.Create(console));
        root.Subcommands.Add(WhatIfCommand.Create(console));
        root.Subcommands.Add(GainsCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(LintCommand.Create(console));
        return root;
    }

    /// <summary>Writes the help of the command the user was typing, by asking the parser for it as <c>--help</c> would.</summary>
    private static void WriteHelp(RootCommand root, CommandResult typed, TextWriter writer)
    {
        var path = new List<string>();
        for (SymbolResult? result = typed; result is CommandResult { Command: not RootCommand } command; result = result.Parent)
        {
            path.Insert(0, command.Command.Name);
        }

        root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = writer, Error = writer });
    }
}
