using System.Runtime.InteropServices;

namespace PoliticalEvents.Cli;

/// <summary>What kind of file system object a path names.</summary>
internal enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A character device such as <c>/dev/null</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>A named pipe (FIFO), as <c>mkfifo</c> or a shell's <c>&lt;(…)</c> makes.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>Something else, or a kind this system does not tell.</summary>
    Other,
}

/// <summary>
/// The identity of a file (its device and inode) and its kind, so that two paths can be told to name the same file
/// whatever their spelling, symbolic or hard links. Read with <c>statx(2)</c> on Linux; elsewhere the identity is the
/// fully resolved path (links resolved), which catches spellings and symbolic links but not hard links.
/// </summary>
/// <param name="Kind">What the path names (after following symbolic links).</param>
/// <param name="Key">The device and inode (Linux), or the resolved full path (elsewhere); equal keys are the same file.</param>
internal readonly record struct FileIdentity(FileKind Kind, string Key)
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;

    /// <summary>The identity of what <paramref name="path"/> names, following symbolic links; kind <see cref="FileKind.Missing"/> when nothing is there.</summary>
    public static FileIdentity Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            return FromStatx(StatxNative.statx(AtFdCwd, path, 0, StatxBasicStats, out StatxNative.Statx buffer), buffer);
        }

        return Portable(path);
    }

    /// <summary>The identity of an open file descriptor (0 for standard input), or null when it cannot be told (not Linux).</summary>
    public static FileIdentity? OfDescriptor(int descriptor)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        FileIdentity identity = FromStatx(StatxNative.statx(descriptor, string.Empty, AtEmptyPath, StatxBasicStats, out StatxNative.Statx buffer), buffer);
        return identity.Kind == FileKind.Missing ? null : identity;
    }

    /// <summary>True when both name the same existing file.</summary>
    public bool SameFileAs(FileIdentity other) => Kind != FileKind.Missing && other.Kind != FileKind.Missing && Key == other.Key;

    private static FileIdentity FromStatx(int result, in StatxNative.Statx buffer)
    {
        if (result != 0)
        {
            return new FileIdentity(FileKind.Missing, string.Empty);
        }

        FileKind kind = (buffer.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return new FileIdentity(kind, $"{buffer.DevMajor}:{buffer.DevMinor}:{buffer.Inode}");
    }

    private static FileIdentity Portable(string path)
    {
        try
        {
            var info = new FileInfo(path);
            string resolved = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
            if (Directory.Exists(resolved))
            {
                return new FileIdentity(FileKind.Directory, resolved);
            }

            return File.Exists(resolved) ? new FileIdentity(FileKind.Regular, resolved) : new FileIdentity(FileKind.Missing, string.Empty);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new FileIdentity(FileKind.Missing, string.Empty);
        }
    }
}

/// <summary>The <c>statx(2)</c> system call of Linux.</summary>
internal static partial class StatxNative
{
    // struct statx of linux/stat.h: the same layout on every architecture (that is what statx was made for).
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    public struct Statx
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DevMajor;

        [FieldOffset(140)]
        public uint DevMinor;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int statx(int dirfd, string pathname, int flags, uint mask, out Statx buffer);
}
