namespace PoliticalEvents.Tests;

/// <summary>Finds files of the repository from the test's output directory (the folder that holds PoliticalEvents.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string File(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "PoliticalEvents.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with PoliticalEvents.sln) is not above the test output directory.");
    }
}
