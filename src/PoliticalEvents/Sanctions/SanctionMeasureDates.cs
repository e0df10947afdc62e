namespace PoliticalEvents;

/// <summary><see cref="DateOnly"/> forms of the <see cref="SanctionMeasure"/> methods that take a NodaTime day.</summary>
/// <remarks>
/// Extension methods rather than overloads so that the documentation's many references to
/// <see cref="SanctionMeasure.StatusOn"/> stay unambiguous; with <c>using PoliticalEvents;</c> they are called as if they
/// were: <c>measure.StatusOn(new DateOnly(2025, 12, 31))</c>.
/// </remarks>
public static class SanctionMeasureDates
{
    /// <summary>The status of the measure on <paramref name="date"/>, derived from its history: <see cref="SanctionMeasure.StatusOn"/> for a <see cref="DateOnly"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="date">The day to evaluate.</param>
    /// <returns>
    /// The status, or null when no step of the history has certainly happened by that day (the measure is not yet in
    /// force).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public static SanctionStatus? StatusOn(this SanctionMeasure measure, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.StatusOn(NodaTime.LocalDate.FromDateOnly(date));
    }
}
