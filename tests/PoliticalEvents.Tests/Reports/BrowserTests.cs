using System.Diagnostics;
using System.Text.Json;
using PoliticalEvents.Reports;
using PoliticalEvents.Serialization;
using Xunit;
using Xunit.Abstractions;

namespace PoliticalEvents.Tests.Reports;

/// <summary>
/// A theory that runs where Debian's Chromium is (<c>/usr/bin/chromium</c>; CI installs it) and is skipped elsewhere,
/// except under CI (<c>CI=true</c>), where a missing browser fails it.
/// </summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"No browser at {Chromium} (install Debian's chromium; CI does).";
        }
    }
}

/// <summary>A fact that runs where Debian's Chromium is, as <see cref="ChromiumTheoryAttribute"/>.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumTheoryAttribute.Chromium) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"No browser at {ChromiumTheoryAttribute.Chromium} (install Debian's chromium; CI does).";
        }
    }
}

/// <summary>
/// The reports of the examples in a real browser, headless Chromium: they load without a console message of error
/// level, make no network request, have their landmarks and sections in the DOM as the browser built it, and a
/// screenshot of each is written to the test output directory for a person to look at.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("polev-report-browser-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Every example the repository ships (a test below checks that this list is all of them).</summary>
    private static readonly string[] ExampleNames = ["belarus-2025.json", "belarus-protests-2020.json", "tunisia-moussi-2025.jsonl"];

    public static TheoryData<string> Examples { get; } = new(ExampleNames);

    [Fact]
    public void TheExamplesTested_AreEveryExample()
        => Assert.Equal(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples")).Select(static f => Path.GetFileName(f)).Order(StringComparer.Ordinal), ExampleNames);

    [ChromiumTheory]
    [MemberData(nameof(Examples))]
    public async Task ExampleReport_LoadsCleanly_Offline(string example)
    {
        string page = await WriteReportAsync(example);

        string netLog = Path.Combine(_directory, "net-log.json");
        string screenshot = Path.Combine(AppContext.BaseDirectory, "report-" + Path.GetFileNameWithoutExtension(example) + ".png");
        (string dom, string log) = await RunAsync("--dump-dom", $"--log-net-log={netLog}", "--enable-logging=stderr", "--v=0", new Uri(page).AbsoluteUri);
        await RunAsync($"--screenshot={screenshot}", "--window-size=1000,2400", new Uri(page).AbsoluteUri);

        // The DOM the browser built: the landmarks and every section, the title, a chart with its text; and the filter the
        // page's script adds, so the script ran, allowed by the page's Content-Security-Policy.
        foreach (string part in (string[])["<main>", "<nav aria-label=\"Sections\">", "<header>", "id=\"overview\"", "id=\"detentions\"", "id=\"sanctions\"", "role=\"img\"", "<input type=\"search\" id=\"filter\">"])
        {
            Assert.Contains(part, dom, StringComparison.Ordinal);
        }

        // No console message of error level (Chromium logs them as CONSOLE lines with the page's URL).
        Assert.DoesNotContain(log.Split('\n'), static l => l.Contains(":CONSOLE(", StringComparison.Ordinal) && l.Contains("ERROR", StringComparison.Ordinal));

        // No request to any network: the net log names every URL the page asked for.
        Assert.Empty(PageRequests(netLog));

        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is a picture of a page");
        output.WriteLine($"screenshot: {screenshot}");
    }

    [ChromiumTheory]
    [MemberData(nameof(Examples))]
    public async Task ExampleReport_Prints_WithTheFactsBehindDetailsShown(string example)
    {
        // Printed with the page's print style, and with that style turned off. The print style opens every details
        // element (each detention's facts and sources) and hides only the short navigation, so the printed pages draw
        // more: their content, decompressed, is longer (were the details left closed, it would be shorter, by the navigation). (Chromium's PDFs keep text as glyph ids, so the words themselves
        // cannot be searched for.)
        string page = await WriteReportAsync(example);
        string plain = Path.Combine(_directory, "no-print-style.html");
        await File.WriteAllTextAsync(plain, (await File.ReadAllTextAsync(page)).Replace("@media print{", "@media speech{", StringComparison.Ordinal));
        string pdf = Path.Combine(AppContext.BaseDirectory, "report-" + Path.GetFileNameWithoutExtension(example) + ".pdf");
        string plainPdf = Path.Combine(_directory, "no-print-style.pdf");

        await RunAsync("--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri);
        await RunAsync("--no-pdf-header-footer", $"--print-to-pdf={plainPdf}", new Uri(plain).AbsoluteUri);

        (int pages, long drawn) = Measure(pdf);
        (int plainPages, long plainDrawn) = Measure(plainPdf);
        Assert.True(pages >= 1 && plainPages >= 1);
        Assert.True(drawn > plainDrawn, $"printed: {pages} pages, {drawn} bytes drawn; without the print style: {plainPages} pages, {plainDrawn} bytes");
        output.WriteLine($"printed: {pdf} ({pages} pages, {drawn} bytes drawn; without the print style {plainPages} pages, {plainDrawn} bytes)");
    }

    [ChromiumFact]
    public async Task TheFilter_ShowsOnlyTheItemsWhoseTextHasWhatWasTyped()
    {
        // A copy of the seed example's page, without its policy (which allows only the page's own script) and with a
        // driver script after it that types a name into the filter, as a reader would.
        string page = await WriteReportAsync("belarus-2025.json");
        string html = await File.ReadAllTextAsync(page);
        int policy = html.IndexOf("<meta http-equiv=\"Content-Security-Policy\"", StringComparison.Ordinal);
        html = html.Remove(policy, html.IndexOf('>', policy) - policy + 1).Replace("</body>",
            "<script>var f=document.getElementById('filter');f.value='BIALIATSKI';f.dispatchEvent(new Event('input'));</script></body>", StringComparison.Ordinal);
        string driven = Path.Combine(_directory, "filtered.html");
        await File.WriteAllTextAsync(driven, html);

        (string dom, _) = await RunAsync("--dump-dom", new Uri(driven).AbsoluteUri);

        // Ales Bialiatski's article and the release naming him stay; the other people and the measures are hidden; the
        // status says how many.
        string[] shown = [.. System.Text.RegularExpressions.Regex.Matches(dom, "<article class=\"item[^\"]*\" id=\"([^\"]+)\"[^>]*>")
            .Where(static m => !m.Value.Contains(" hidden", StringComparison.Ordinal)).Select(static m => m.Groups[1].Value)];
        Assert.Equal(["person-person-ales-bialiatski", "release-release-2025-12-13"], shown);
        Assert.Contains("2 of 7 shown.", dom, StringComparison.Ordinal);
    }

    // A PDF Chromium wrote: its pages (the largest /Count, the root page tree's) and the bytes of its streams, decompressed.
    private static (int Pages, long Drawn) Measure(string pdf)
    {
        byte[] bytes = File.ReadAllBytes(pdf);
        string text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        int pages = System.Text.RegularExpressions.Regex.Matches(text, @"/Count (\d+)").Select(static m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        long drawn = 0;
        for (int start = text.IndexOf("stream\n", StringComparison.Ordinal); start >= 0; start = text.IndexOf("stream\n", start, StringComparison.Ordinal))
        {
            start += "stream\n".Length;
            int end = text.IndexOf("endstream", start, StringComparison.Ordinal);
            try
            {
                using var inflate = new System.IO.Compression.ZLibStream(new MemoryStream(bytes, start, end - start), System.IO.Compression.CompressionMode.Decompress);
                using var sink = new MemoryStream();
                inflate.CopyTo(sink);
                drawn += sink.Length;
            }
            catch (InvalidDataException)
            {
                drawn += end - start; // not compressed
            }

            start = end + "endstream".Length;
        }

        return (pages, drawn);
    }

    private async Task<string> WriteReportAsync(string example)
    {
        Dataset dataset = DatasetReader.ReadDataset(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", example))).GetValueOrThrow();
        string page = Path.Combine(_directory, Path.GetFileNameWithoutExtension(example) + ".html");
        await using FileStream file = File.Create(page);
        HtmlReport.Write(dataset, file, new HtmlReportOptions { AsOf = new NodaTime.LocalDate(2026, 1, 1) });
        return page;
    }

    [ChromiumTheory]
    [InlineData("<img src=\"http://192.0.2.1/x.png\" alt=\"\">")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://192.0.2.1/x.css\">")]
    public async Task TheNetworkCheck_SeesAPageThatLoadsFromElsewhere(string element)
    {
        // The control for the test above: the same check, on a page that asks for something (no CSP to stop it).
        string page = Path.Combine(_directory, "loads.html");
        await File.WriteAllTextAsync(page, $"<!DOCTYPE html><html lang=\"en\"><head><title>t</title>{element}</head><body><p>x</p></body></html>");
        string netLog = Path.Combine(_directory, "net-log-control.json");

        await RunAsync("--dump-dom", $"--log-net-log={netLog}", new Uri(page).AbsoluteUri);

        Assert.NotEmpty(PageRequests(netLog));
    }

    // The URLs of requests the page made (the browser's own, to update or sign in, have no origin as initiator).
    private static string[] PageRequests(string netLog)
    {
        using JsonDocument events = JsonDocument.Parse(File.ReadAllBytes(netLog));
        int startJob = events.RootElement.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        return [.. events.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("type").GetInt32() == startJob && e.TryGetProperty("params", out JsonElement p) && p.ValueKind == JsonValueKind.Object
                && p.TryGetProperty("url", out JsonElement url) && url.GetString() is { } u && (u.StartsWith("http", StringComparison.Ordinal) || u.StartsWith("ws", StringComparison.Ordinal))
                && !(p.TryGetProperty("initiator", out JsonElement initiator) && initiator.GetString() == "not an origin"))
            .Select(static e => e.GetProperty("params").GetProperty("url").GetString()!)];
    }

    private async Task<(string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(ChromiumTheoryAttribute.Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps", $"--user-data-dir={Path.Combine(_directory, "profile")}", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (await stdout, await stderr);
    }
}
