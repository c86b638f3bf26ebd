namespace PerfRules.PublicApi.Tests;

public sealed class PublicApiApprovalTest
{
    private static readonly string[] Listing = ["public sealed class N.A", "public void N.A.Keep()", "public void N.A.New()"];

    [Fact]
    public void The_approved_text_matches_with_either_line_ending()
    {
        Assert.Null(PublicApiApproval.Mismatch("N", PublicApiApproval.Text(Listing), Listing));
        Assert.Null(PublicApiApproval.Mismatch("N", PublicApiApproval.Text(Listing).Replace("\n", "\r\n", StringComparison.Ordinal), Listing));
    }

    [Fact]
    public void A_change_lists_the_removed_and_added_lines_and_how_to_approve()
    {
        var approved = "public sealed class N.A\npublic void N.A.Keep()\npublic void N.A.Old()\n";

        var message = PublicApiApproval.Mismatch("N", approved, Listing);

        Assert.NotNull(message);
        Assert.Contains("src/N/PublicAPI.txt: 1 line(s) added, 1 removed.", message, StringComparison.Ordinal);
        Assert.Contains("\n- public void N.A.Old()", message, StringComparison.Ordinal);
        Assert.Contains("\n+ public void N.A.New()", message, StringComparison.Ordinal);
        Assert.DoesNotContain("N.A.Keep", message, StringComparison.Ordinal);
        Assert.Contains(PublicApiApproval.ApproveCommand, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reordered_file_is_a_mismatch_that_says_so()
    {
        var approved = string.Join("\n", Listing.Reverse()) + "\n";

        var message = PublicApiApproval.Mismatch("N", approved, Listing);

        Assert.NotNull(message);
        Assert.Contains("0 line(s) added, 0 removed", message, StringComparison.Ordinal);
        Assert.Contains("edited by hand", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_says_the_library_is_not_tracked_yet()
    {
        var message = PublicApiApproval.Mismatch("N", approved: null, Listing);

        Assert.NotNull(message);
        Assert.Contains("src/N/PublicAPI.txt does not exist", message, StringComparison.Ordinal);
        Assert.Contains(PublicApiApproval.ApproveCommand, message, StringComparison.Ordinal);
    }
}
