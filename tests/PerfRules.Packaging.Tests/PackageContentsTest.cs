using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PerfRules.Packaging.Tests.Support;

namespace PerfRules.Packaging.Tests;

/// <summary>What `dotnet pack` puts in each package: the library, its XML docs, the README, the metadata a gallery shows,
/// and a symbol package whose PDB matches the library and links every source file to the commit it was built from.</summary>
[Collection(PackedLibrariesCollection.Name)]
public sealed partial class PackageContentsTest(PackedLibraries packed)
{
    // The Source Link entry of a portable PDB (its custom debug information kind).
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public static TheoryData<string> Ids => new(PackedLibraries.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_package_holds_the_library_its_XML_docs_and_the_README(string id)
    {
        using var package = new PackageFile(packed.PackagePath(id, "nupkg"));

        string[] expected = [$"{id}.nuspec", "README.md", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml", ReadyToRunPath(id)];
        Assert.Equal(expected.Order(StringComparer.Ordinal), package.Files);
        var docs = XDocument.Load(package.Read($"lib/net10.0/{id}.xml"));
        Assert.Equal(id, docs.Root!.Element("assembly")!.Element("name")!.Value);
        Assert.NotEmpty(docs.Descendants("member"));
        var readme = Encoding.UTF8.GetString(package.Read("README.md").ToArray());
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")), readme);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_package_says_what_it_is_and_where_its_source_is(string id)
    {
        using var package = new PackageFile(packed.PackagePath(id, "nupkg"));
        var metadata = package.Metadata;

        Assert.Equal(id, Value(metadata, "id"));
        Assert.Equal(packed.Version, Value(metadata, "version"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "tags")));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/perfrules/perfrules", (string?)repository.Attribute("url"));
        Assert.Matches(CommitPattern(), (string?)repository.Attribute("commit") ?? string.Empty);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_package_holds_the_library_as_IL_for_every_platform_and_as_ReadyToRun_code_for_the_build_RID(string id)
    {
        using var package = new PackageFile(packed.PackagePath(id, "nupkg"));
        using var il = new PEReader(package.Read($"lib/net10.0/{id}.dll"));
        using var readyToRun = new PEReader(package.Read(ReadyToRunPath(id)));

        // lib/ is what every platform loads: IL only. An R2R image made for one platform does not load on another.
        Assert.True(il.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.ILOnly));
        Assert.Equal(0, il.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size);

        // runtimes/<RID>/ holds the same assembly precompiled: its ReadyToRun header, and the IL's identity and PDB.
        Assert.NotEqual(0, readyToRun.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        Assert.Equal(Mvid(il), Mvid(readyToRun));
        Assert.Equal(CodeViewGuid(il), CodeViewGuid(readyToRun));
    }

    [Fact]
    public void Each_package_has_a_description_of_its_own()
    {
        var descriptions = PackedLibraries.Ids.Select(id =>
        {
            using var package = new PackageFile(packed.PackagePath(id, "nupkg"));
            return Value(package.Metadata, "description");
        }).ToList();

        Assert.Equal(descriptions.Count, descriptions.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Each_package_depends_on_the_packages_of_its_project_references_at_the_same_version()
    {
        Assert.Empty(PerfRulesDependencies("PerfRules.Engine"));
        Assert.Equal([$"PerfRules.Engine {packed.Version}"], PerfRulesDependencies("PerfRules"));
        Assert.Equal([$"PerfRules {packed.Version}"], PerfRulesDependencies("PerfRules.RuleSets"));
        Assert.Equal([$"PerfRules {packed.Version}"], PerfRulesDependencies("PerfRules.DependencyInjection"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_symbol_package_holds_the_PDB_of_the_library_with_its_sources_linked_to_the_commit(string id)
    {
        using var package = new PackageFile(packed.PackagePath(id, "nupkg"));
        using var symbols = new PackageFile(packed.PackagePath(id, "snupkg"));
        var commit = (string?)package.Metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("commit");

        Assert.Contains($"lib/net10.0/{id}.pdb", symbols.Files);
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(symbols.Read($"lib/net10.0/{id}.pdb"));
        var pdb = pdbProvider.GetMetadataReader();

        // The PDB is the one the library names: same id in the library's CodeView debug entry.
        using var library = new PEReader(package.Read($"lib/net10.0/{id}.dll"));
        var codeView = library.ReadCodeViewDebugDirectoryData(library.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView));
        Assert.Equal(new Guid(pdb.DebugMetadataHeader!.Id.AsSpan(0, 16)), codeView.Guid);

        // Source Link: every source file of the repository maps to raw.githubusercontent.com at the packed commit.
        var documents = SourceLinkDocuments(pdb);
        var mapped = Assert.Single(documents);
        Assert.Equal("/_/*", mapped.Key);
        Assert.Equal($"https://raw.githubusercontent.com/perfrules/perfrules/{commit}/*", mapped.Value);

        // CI=true builds map the checkout to /_/, so the PDB does not depend on where it was built. Only the files the
        // build generates (assembly attributes, global usings) live outside the checkout: they are embedded instead.
        var sources = pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name)).ToList();
        var fromCheckout = sources.Where(s => !s.StartsWith(packed.Artifacts, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(fromCheckout);
        Assert.All(fromCheckout, source => Assert.StartsWith($"/_/src/{id}/", source, StringComparison.Ordinal));
    }

    // Release builds precompile the libraries for the RID of the machine that builds (Directory.Build.targets), which
    // on the machines that run these tests is the RID of the runtime running them.
    private static string ReadyToRunPath(string id) => $"runtimes/{RuntimeInformation.RuntimeIdentifier}/lib/net10.0/{id}.dll";

    private static Guid Mvid(PEReader library)
    {
        var metadata = library.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    private static Guid CodeViewGuid(PEReader library) =>
        library.ReadCodeViewDebugDirectoryData(library.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView)).Guid;

    private List<string> PerfRulesDependencies(string id)
    {
        using var package = new PackageFile(packed.PackagePath(id, "nupkg"));
        return package.Metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => $"{(string?)e.Attribute("id")} {(string?)e.Attribute("version")}")
            .Where(d => d.StartsWith("PerfRules", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static Dictionary<string, string> SourceLinkDocuments(MetadataReader pdb)
    {
        var entry = pdb.CustomDebugInformation
            .Select(pdb.GetCustomDebugInformation)
            .Where(info => pdb.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => pdb.GetBlobBytes(info.Value))
            .SingleOrDefault();
        Assert.True(entry is not null, "The PDB has no Source Link: was it built from a git checkout?");
        using var json = JsonDocument.Parse(entry);
        return json.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    private static string? Value(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitPattern();
}
