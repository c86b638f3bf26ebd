using System.Text;
using PerfRules.Cli.Input;
using PerfRules.Cli.Output;
using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>score --batch</c>: reads every <c>*.json</c> facts file of a folder (not its subfolders), scores those that read
/// on all cores, streamed, with progress on standard error, and writes the summary CSV. A file that cannot be read, or
/// whose scorecard is incomplete, is reported on standard error, keeps its row in the CSV, and makes the exit code 2.
/// </summary>
internal static class BatchScoring
{
    public static int Run(RuleSet ruleSet, string folder, string? output, Language language, CliConsole console)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputException($"{folder}: the batch folder does not exist.");
        }

        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InputException($"{folder}: the folder holds no *.json facts files.");
        }

        var rows = new BatchRow[files.Count];
        var readable = new List<(int Row, IReadOnlyList<object> Facts)>();
        for (var i = 0; i < files.Count; i++)
        {
            try
            {
                readable.Add((i, FactsInput.Read(files[i])));
            }
            catch (InputException e)
            {
                console.WriteError(e.Message);
                rows[i] = new BatchRow(Path.GetFileName(files[i]), null, null, null, Complete: false, Problems: 1);
            }
        }

        // Streamed rather than batched: each scorecard is summarised as it comes back and dropped, so only a window of
        // them is held however many files the folder has (the facts, read up front, are a small part of the memory).
        var cards = new ScorecardEvaluator(ruleSet).EvaluateStream(
            [.. readable.Select(r => (IEnumerable<object>)r.Facts)],
            new BatchOptions { Progress = new ProgressReporter(console) });
        var scored = 0;
        foreach (var card in cards)
        {
            var row = readable[scored++].Row;
            rows[row] = new BatchRow(Path.GetFileName(files[row]), card.Department, card.Total, card.Grade?.Name(language), card.IsComplete, card.Problems.Count);
            ProblemsWriter.ExitCode(card, files[row], console, language);
        }

        var csv = BatchSummaryCsv.Write(rows);
        if (output is null)
        {
            console.Out.Write(csv);
        }
        else
        {
            // A byte-order mark, so that Excel, where such summaries are opened, reads the Chinese names as UTF-8.
            OutputFile.WriteText(output, csv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            console.WriteNote($"wrote {output} ({rows.Count(r => r.Complete)} of {rows.Length} complete)");
        }

        return rows.All(r => r.Complete) ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
