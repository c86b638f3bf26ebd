using System.Text;
using PerfRules.Cli;

// Reports, notes and errors are Chinese by default: write UTF-8 whatever the terminal's default (no BOM in pipes).
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var console = new CliConsole(Console.Out, Console.Error, ErrorIsTerminal: !Console.IsErrorRedirected);
return PerfRulesCli.Run(args, console);
