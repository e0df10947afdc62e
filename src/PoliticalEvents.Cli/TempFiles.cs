using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace PoliticalEvents.Cli;

/// <summary>
/// Every temporary file and directory polev makes, so that none outlives the run: records describe people in danger,
/// and a partial output or a scratch copy left on disk after the user stopped the tool is a leak.
/// </summary>
/// <remarks>
/// <para>Three kinds, each named so that a later run can recognise it (<see cref="IsOurs"/>):</para>
/// <list type="bullet">
/// <item>scratch files in the temporary directory (<c>polev-&lt;32 hex&gt;.tmp</c>): created readable by the owner only
/// and, on Unix, unlinked at once, so they vanish even when the process is killed (<see cref="CreateScratch"/>);</item>
/// <item>outputs in progress next to their target (<c>.&lt;name&gt;.polev-&lt;32 hex&gt;.tmp</c>), moved over the target when
/// complete;</item>
/// <item>directories of CSV tables in progress (<c>.&lt;name&gt;.polev-&lt;32 hex&gt;.tmp/</c>) and a replaced export set
/// aside (<c>….old/</c>).</item>
/// </list>
/// <para>Files are held open with <see cref="FileShare.None"/> while written, which on Unix takes an advisory lock
/// (<c>flock</c>) that the system drops when the process dies. A later run deletes a file of these names that it can
/// open exclusively (its owner is gone), in the directory it writes to and in the temporary directory
/// (<see cref="ClearStale"/>). SIGINT, SIGTERM and SIGHUP delete everything registered before the process exits
/// (<see cref="HandleSignals"/>); creating, moving and deleting happen under one lock, so a signal never falls
/// between the creation of a file and its registration.</para>
/// </remarks>
internal static partial class TempFiles
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Files = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Directories = new(StringComparer.Ordinal);
    private static bool _exiting;

    /// <summary>The temporary directory polev's scratch files go to (<c>TMPDIR</c> on Unix).</summary>
    public static string ScratchDirectory => Path.GetTempPath();

    /// <summary>
    /// Creates a scratch file in the temporary directory: readable and writable by the current user only, and on Unix
    /// unlinked as soon as it is created (it lives on through the open stream, and no kill leaves it behind); on
    /// Windows deleted when closed.
    /// </summary>
    public static FileStream CreateScratch()
    {
        string path = Path.Combine(ScratchDirectory, $"polev-{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 64 * 1024,
            Options = FileOptions.Asynchronous | (OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None),
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        lock (Gate)
        {
            ThrowIfExiting();
            var stream = new FileStream(path, options);
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path);
            }
            else
            {
                Files.Add(path);
            }

            return stream;
        }
    }

    /// <summary>A name for an output in progress next to <paramref name="target"/>: <c>.&lt;name&gt;.polev-&lt;32 hex&gt;.tmp</c>.</summary>
    public static string SiblingName(string target, string suffix = "tmp")
        => Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.polev-{Guid.NewGuid():N}.{suffix}");

    /// <summary>Creates a file registered for deletion on exit (<paramref name="create"/> makes it), atomically with its registration.</summary>
    public static T CreateFile<T>(string path, Func<string, T> create)
    {
        lock (Gate)
        {
            ThrowIfExiting();
            T created = create(path);
            Files.Add(path);
            return created;
        }
    }

    /// <summary>Creates a directory registered for deletion (with its contents) on exit, atomically with its registration.</summary>
    public static void CreateDirectory(string path, Action<string> create)
    {
        lock (Gate)
        {
            ThrowIfExiting();
            create(path);
            Directories.Add(path);
        }
    }

    /// <summary>Registers a directory that already exists (a previous export set aside) for deletion on exit.</summary>
    public static void Adopt(string directory)
    {
        lock (Gate)
        {
            Directories.Add(directory);
        }
    }

    /// <summary>Moves a registered file over its target (replacing it) and forgets it: from then on it is the output.</summary>
    public static void Commit(string temporary, string target)
    {
        lock (Gate)
        {
            ThrowIfExiting();
            File.Move(temporary, target, overwrite: true);
            Files.Remove(temporary);
        }
    }

    /// <summary>
    /// Moves a registered directory to <paramref name="target"/> and forgets it. An existing <paramref name="target"/>
    /// is first moved to <paramref name="aside"/> (registered, for the caller to delete): both moves happen under the
    /// lock, so a signal never finds the target missing.
    /// </summary>
    public static void CommitDirectory(string temporary, string target, string? aside)
    {
        lock (Gate)
        {
            ThrowIfExiting();
            if (aside is not null)
            {
                Directory.Move(target, aside);
                Directories.Add(aside);
            }

            Directory.Move(temporary, target);
            Directories.Remove(temporary);
        }
    }

    /// <summary>Deletes a registered file or directory now (when it exists) and forgets it.</summary>
    public static void Delete(string path)
    {
        lock (Gate)
        {
            DeleteQuietly(path);
            Files.Remove(path);
            Directories.Remove(path);
        }
    }

    /// <summary>
    /// Deletes polev's own leftovers of runs that are no longer running (see the remarks of <see cref="TempFiles"/>) in
    /// <paramref name="directory"/>: partial outputs, CSV directories in progress and set-aside exports. Never touches a
    /// file of another name, nor one that a live polev holds.
    /// </summary>
    public static void ClearStale(string directory)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(directory, "*polev-*").ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (string entry in entries)
        {
            string name = Path.GetFileName(entry);
            if (!IsOurs(name))
            {
                continue;
            }

            lock (Gate)
            {
                if (Files.Contains(entry) || Directories.Contains(entry))
                {
                    continue; // this run's own
                }

                if (File.Exists(entry) && IsAbandoned(entry))
                {
                    DeleteQuietly(entry);
                }
                else if (Directory.Exists(entry) && IsAbandonedDirectory(entry, name))
                {
                    DeleteQuietly(entry);
                }
            }
        }
    }

    /// <summary>True for the names polev gives its temporary files and directories (and nothing else).</summary>
    public static bool IsOurs(string name) => OurName().IsMatch(name);

    /// <summary>The name of the lock file inside a CSV directory in progress, held open while the tables are written.</summary>
    public const string DirectoryLockName = ".polev.lock";

    /// <summary>
    /// On SIGINT (Ctrl+C), SIGTERM and SIGHUP: deletes every registered temporary file and directory, then ends the
    /// process with 128 + the signal's number (130, 143, 129), as shells do. The output a run was replacing is untouched:
    /// it is replaced only by a move once complete.
    /// </summary>
    /// <returns>The registrations, to keep alive for the life of the process.</returns>
    public static IDisposable[] HandleSignals()
    {
        return
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal),
        ];

        static void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            DeleteAll();
            Environment.Exit(context.Signal switch
            {
                PosixSignal.SIGINT => 130,
                PosixSignal.SIGTERM => 143,
                _ => 129,
            });
        }
    }

    /// <summary>Deletes every registered temporary file and directory, and refuses to make new ones: the process is ending.</summary>
    public static void DeleteAll()
    {
        lock (Gate)
        {
            _exiting = true;
            foreach (string path in Files.Concat(Directories))
            {
                DeleteQuietly(path);
            }

            Files.Clear();
            Directories.Clear();
        }
    }

    private static void ThrowIfExiting()
    {
        if (_exiting)
        {
            throw new OperationCanceledException("polev is stopping.");
        }
    }

    // Whether no live process holds the file: it opens with FileShare.None (an exclusive flock on Unix).
    private static bool IsAbandoned(string file)
    {
        try
        {
            using var probe = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // A set-aside export (.old) is never in use after its run; a directory in progress is abandoned when its lock file
    // is free, or when it has none (killed between creating the directory and its lock) and is more than a minute old.
    private static bool IsAbandonedDirectory(string directory, string name)
    {
        if (name.EndsWith(".old", StringComparison.Ordinal))
        {
            return true;
        }

        string lockFile = Path.Combine(directory, DirectoryLockName);
        return File.Exists(lockFile)
            ? IsAbandoned(lockFile)
            : DateTime.UtcNow - Directory.GetLastWriteTimeUtc(directory) > TimeSpan.FromMinutes(1);
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the run is ending or the file is someone else's to remove.
        }
    }

    // polev-<hex>.tmp (scratch, and polev-index-<hex>.tmp from the library's validation index), and
    // .<name>.polev-<hex>.tmp / .old (outputs and CSV directories in progress).
    [GeneratedRegex("^(polev-(index-)?[0-9a-f]{32}\\.tmp|\\..+\\.polev-[0-9a-f]{32}\\.(tmp|old))$", RegexOptions.CultureInvariant)]
    private static partial Regex OurName();
}
