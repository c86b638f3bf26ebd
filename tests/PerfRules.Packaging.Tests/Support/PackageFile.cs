using System.IO.Compression;
using System.Xml.Linq;

namespace PerfRules.Packaging.Tests.Support;

/// <summary>Reads a .nupkg or .snupkg: its file list, its nuspec and its files' bytes.</summary>
internal sealed class PackageFile : IDisposable
{
    private readonly ZipArchive _zip;

    public PackageFile(string path)
    {
        Assert.True(File.Exists(path), $"{Path.GetFileName(path)} was not packed.");
        _zip = ZipFile.OpenRead(path);
    }

    /// <summary>Every file in the package but NuGet's own bookkeeping (_rels/, package/, [Content_Types].xml).</summary>
    public IReadOnlyList<string> Files =>
        _zip.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/", StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The nuspec's metadata element (namespaces vary between nuspec versions: read by local name).</summary>
    public XElement Metadata
    {
        get
        {
            var nuspec = _zip.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using var stream = nuspec.Open();
            return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }
    }

    /// <summary>A file's bytes, in a seekable stream.</summary>
    public MemoryStream Read(string name)
    {
        var entry = _zip.GetEntry(name) ?? throw new InvalidOperationException($"The package holds no {name}.");
        var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }

    public void Dispose() => _zip.Dispose();
}
