namespace PoliticalEvents.Statistics;

/// <summary>
/// What a group of releases amounts to: how many acts of release, how many people they name, and how many people
/// were announced as released.
/// </summary>
/// <remarks>
/// A release names the people the dataset knows (<c>detainees</c>) and may carry the number an authority or a source
/// announced (<c>reportedCount</c>), which is often larger: Belarus freed 123 people on 13 December 2025, and a
/// dataset may name three of them. The two numbers are kept apart, never added or mixed.
/// </remarks>
public sealed record ReleaseCounts
{
    /// <summary>Acts of release (records of type <c>release</c>).</summary>
    public required int Releases { get; init; }

    /// <summary>
    /// People named: the sum of the releases' <c>detainees</c>. A person named in two releases counts twice.
    /// </summary>
    public required int PeopleNamed { get; init; }

    /// <summary>
    /// People announced: the sum of <c>reportedCount.value</c> over the releases that have one, whatever its qualifier
    /// (<c>exact</c>, <c>approximate</c>, <c>atLeast</c>). Releases without a reported count add nothing.
    /// </summary>
    public required long PeopleReported { get; init; }

    /// <summary>How many of the <see cref="Releases"/> carry a reported count (the ones <see cref="PeopleReported"/> sums).</summary>
    public required int ReleasesWithReportedCount { get; init; }
}
