using System.Text;

namespace PerfRules.PublicApi.Tests;

/// <summary>
/// Compares a library's public API listing with its approved src/&lt;Project&gt;/PublicAPI.txt and, when they differ,
/// says how: the lines added and removed, and how to approve a deliberate change.
/// </summary>
internal static class PublicApiApproval
{
    /// <summary>The command that rewrites every PublicAPI.txt from the current code.</summary>
    public const string ApproveCommand = "PERFRULES_APPROVE=1 dotnet test tests/PerfRules.PublicApi.Tests";

    /// <summary>The file's text for a listing: one line each, ending with a newline.</summary>
    /// <param name="listing">The listing's lines.</param>
    public static string Text(IReadOnlyList<string> listing) => string.Join("\n", listing) + "\n";

    /// <summary>Null when <paramref name="approved"/> is exactly the listing's text; otherwise the failure message.</summary>
    /// <param name="library">The assembly's name, which is also its project folder under src/.</param>
    /// <param name="approved">The approved file's text, null when there is no file.</param>
    /// <param name="listing">The current listing.</param>
    public static string? Mismatch(string library, string? approved, IReadOnlyList<string> listing)
    {
        var relative = $"src/{library}/PublicAPI.txt";
        approved = approved?.ReplaceLineEndings("\n");
        if (approved == Text(listing))
        {
            return null;
        }

        var message = new StringBuilder();
        if (approved is null)
        {
            message.AppendLine($"{relative} does not exist: the public API of {library} is not tracked yet ({listing.Count} lines).");
        }
        else
        {
            var before = approved.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var removed = before.Except(listing, StringComparer.Ordinal).ToList();
            var added = listing.Except(before, StringComparer.Ordinal).ToList();
            message.AppendLine($"The public API of {library} differs from {relative}: {added.Count} line(s) added, {removed.Count} removed.");
            if (added.Count == 0 && removed.Count == 0)
            {
                message.AppendLine("Same lines in another order, repeated or with blank lines: the file was edited by hand.");
            }

            removed.ForEach(line => message.AppendLine("- " + line));
            added.ForEach(line => message.AppendLine("+ " + line));
        }

        message.AppendLine("If the change is deliberate, approve it, review the rewritten file and commit it:");
        message.AppendLine("  " + ApproveCommand);
        message.Append("If it is not, restore the API: a removed or changed line breaks code built against the published package.");
        return message.ToString();
    }
}
