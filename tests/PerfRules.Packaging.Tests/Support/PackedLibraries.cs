using System.Text.Json;
using System.Xml.Linq;

namespace PerfRules.Packaging.Tests.Support;

/// <summary>
/// The four libraries a user installs, packed once for all the tests of the collection with <c>dotnet pack</c> in
/// Release, as CI would (CI=true: deterministic source paths), into a temporary folder that then serves as a package feed.
/// Each run packs a version of its own (the repository's version with a <c>-test.&lt;ticks&gt;</c> suffix), so that no
/// NuGet cache can serve a copy from an earlier run. Builds go to a temporary artifacts folder: the checkout's bin/ and
/// obj/ are left alone.
/// </summary>
public sealed class PackedLibraries : IDisposable
{
    /// <summary>The packages, each named after its project under src/.</summary>
    public static readonly IReadOnlyList<string> Ids = ["PerfRules.Engine", "PerfRules", "PerfRules.RuleSets", "PerfRules.DependencyInjection"];

    private static readonly TimeSpan PackLimit = TimeSpan.FromMinutes(5);

    public PackedLibraries()
    {
        Root = Directory.CreateTempSubdirectory("perfrules-packaging-").FullName;
        Artifacts = Path.Combine(Root, "artifacts");
        Version = RepositoryVersion() + "-test." + DateTime.UtcNow.Ticks;

        // A solution filter packs the four projects in one build: one restore, the shared references built once.
        var filter = Path.Combine(Root, "packages.slnf");
        File.WriteAllText(filter, JsonSerializer.Serialize(new
        {
            solution = new
            {
                path = Path.Combine(RepositoryRoot.Path, "PerfRules.sln"),
                projects = Ids.Select(id => $"src/{id}/{id}.csproj").ToArray(),
            },
        }));

        Pack = DotNet.Run(
            Root,
            PackLimit,
            new Dictionary<string, string?> { ["CI"] = "true" },
            "pack", filter, "-c", "Release", "--artifacts-path", Artifacts, "--disable-build-servers", "-nologo", $"-p:Version={Version}")
            .EnsureSuccess();
    }

    /// <summary>The temporary folder that holds everything the tests write.</summary>
    public string Root { get; }

    /// <summary>Where the builds went (bin/, obj/ and package/ by project).</summary>
    public string Artifacts { get; }

    /// <summary>The folder of .nupkg and .snupkg files: the local feed.</summary>
    public string Feed => Path.Combine(Artifacts, "package", "release");

    /// <summary>The version every package was packed with.</summary>
    public string Version { get; }

    /// <summary>The pack command and its output.</summary>
    public CommandResult Pack { get; }

    /// <summary>The path of a package file, <paramref name="extension"/> being nupkg or snupkg.</summary>
    public string PackagePath(string id, string extension) => Path.Combine(Feed, $"{id}.{Version}.{extension}");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; failing the run for it is not.
        }
    }

    private static string RepositoryVersion()
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Build.props"));
        return props.Descendants("Version").Single().Value.Trim();
    }
}
