using System.Text;
using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>What one run of polev gave: its exit code and everything it wrote.</summary>
internal sealed record PolevResult(int ExitCode, byte[] OutBytes, string Error)
{
    public string Out => Encoding.UTF8.GetString(OutBytes);

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>
/// A temporary working directory holding copies of the examples, in which polev runs with in-memory standard streams.
/// Nothing outside the directory is touched, so tests run in parallel.
/// </summary>
internal sealed class PolevSandbox : IDisposable
{
    public const string Belarus = "belarus-2025.json";
    public const string Tunisia = "tunisia-moussi-2025.jsonl";

    /// <summary>A name that must never show up in anything polev prints about a bad record.</summary>
    public const string SecretName = "Zygmunt Kowalczyk";

    public PolevSandbox()
    {
        Directory = Path.Combine(Path.GetTempPath(), "polev-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (string example in new[] { Belarus, Tunisia })
        {
            File.Copy(ExamplePath(example), PathOf(example));
        }
    }

    public string Directory { get; }

    public static string ExamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    public static byte[] ExampleBytes(string name) => File.ReadAllBytes(ExamplePath(name));

    public string PathOf(string name) => Path.Combine(Directory, name);

    public string Write(string name, string content)
    {
        File.WriteAllText(PathOf(name), content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return name;
    }

    public string Write(string name, byte[] content)
    {
        File.WriteAllBytes(PathOf(name), content);
        return name;
    }

    public byte[] Read(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>The names of the files in the directory, sorted, so a test can see that nothing else was left behind.</summary>
    public string[] Files() => System.IO.Directory.EnumerateFileSystemEntries(Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public Task<PolevResult> RunAsync(params string[] args) => RunWithInputAsync([], args);

    public Task<PolevResult> RunWithInputAsync(string stdin, params string[] args) => RunWithInputAsync(Encoding.UTF8.GetBytes(stdin), args);

    public async Task<PolevResult> RunWithInputAsync(byte[] stdin, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int exitCode = await Polev.RunAsync(args, new CliConsole(() => new MemoryStream(stdin, writable: false), output, error, Directory));
        return new PolevResult(exitCode, output.ToArray(), error.ToString());
    }

    /// <summary>How to start polev as a process of its own in the directory (for what only a real process shows: the
    /// environment it reads, signals), with standard output and error redirected.</summary>
    public System.Diagnostics.ProcessStartInfo ProcessStart(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Directory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "polev.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A small valid document with one person, whose record can be spoiled by <paramref name="personExtra"/>.</summary>
    public static string Document(string personExtra = "") => $$"""
        {
          "formatVersion": "1.0",
          "title": "Test",
          "records": [
            {
              "type": "person",
              "id": "person-1",
              "name": "Zygmunt Kowalczyk",
              "sources": [{ "title": "Court list" }]{{personExtra}}
            }
          ]
        }
        """;

    /// <summary>JSON Lines: a header and three people, one per line (lines 2 to 4).</summary>
    public static string Lines(string? middleLine = null) => string.Join('\n',
        """{"type":"dataset","formatVersion":"1.0","title":"Test"}""",
        """{"type":"person","id":"person-1","name":"A","sources":[{"title":"List"}]}""",
        middleLine ?? """{"type":"person","id":"person-2","name":"B","sources":[{"title":"List"}]}""",
        """{"type":"person","id":"person-3","name":"C","sources":[{"title":"List"}]}""") + "\n";

    /// <summary>The middle line of <see cref="Lines"/> with a date that does not exist, on a record naming <see cref="SecretName"/>.</summary>
    public const string BadDateLine = """{"type":"person","id":"person-2","name":"Zygmunt Kowalczyk","birthDate":"2021-02-30"}""";
}

/// <summary>A fact that is skipped when the tests run as root, who can read any file whatever its permissions.</summary>
public sealed class NotAsRootFactAttribute : FactAttribute
{
    public NotAsRootFactAttribute()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Skip = "File permissions do not stop root (or work this way on Windows).";
        }
    }
}
