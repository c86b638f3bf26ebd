using System.Reflection;
using System.Xml.Linq;
using PerfRules.PublicApi.Tests.Listing;

namespace PerfRules.PublicApi.Tests;

/// <summary>
/// Pins the public API of every shipped library to its checked-in src/&lt;Project&gt;/PublicAPI.txt, so that a change to
/// it is always deliberate: the test, and so CI, fails with the lines added and removed. To approve a deliberate change,
/// run <c>PERFRULES_APPROVE=1 dotnet test tests/PerfRules.PublicApi.Tests</c>, which rewrites the files, and commit them.
/// </summary>
public sealed class PublicApiTest
{
    private static readonly string[] Tracked =
    [
        "PerfRules.Engine",
        "PerfRules",
        "PerfRules.RuleSets",
        "PerfRules.DependencyInjection",
        "PerfRules.Reporting",
        "PerfRules.Testing",
    ];

    public static TheoryData<string> ShippedLibraries => new(Tracked);

    [Theory]
    [MemberData(nameof(ShippedLibraries))]
    public void The_public_API_is_the_approved_one(string library)
    {
        var listing = PublicApiListing.Of(Assembly.Load(new AssemblyName(library)));
        var path = Path.Combine(RepositoryRoot.Path, "src", library, "PublicAPI.txt");
        if (Environment.GetEnvironmentVariable("PERFRULES_APPROVE") == "1")
        {
            File.WriteAllText(path, PublicApiApproval.Text(listing));
        }

        var approved = File.Exists(path) ? File.ReadAllText(path) : null;

        var mismatch = PublicApiApproval.Mismatch(library, approved, listing);
        Assert.True(mismatch is null, mismatch);
    }

    [Fact]
    public void Every_shipped_library_has_its_public_API_tracked()
    {
        // A library ships when its project packs, unless it packs as a tool: the command line is a program, not an API.
        var shipped = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(project => IsLibraryPackage(XDocument.Load(project)))
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Tracked.Order(StringComparer.Ordinal), shipped);
    }

    [Fact]
    public void Listing_the_same_assembly_twice_gives_the_same_lines()
    {
        var assembly = typeof(PerfRules.Engine.RuleRepository).Assembly;

        var first = PublicApiListing.Of(assembly);

        Assert.Equal(first, PublicApiListing.Of(assembly));
        Assert.Contains("public sealed class PerfRules.Engine.RuleRepository", first);
    }

    private static bool IsLibraryPackage(XDocument project)
    {
        string? Property(string name) => project.Descendants(name).LastOrDefault()?.Value.Trim();
        return string.Equals(Property("IsPackable"), "true", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Property("PackAsTool"), "true", StringComparison.OrdinalIgnoreCase);
    }
}
