namespace PoliticalEvents;

/// <summary>How much of a calendar date a source gave.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known (<c>2021</c>).</summary>
    Year = 1,

    /// <summary>The year and month are known (<c>2021-09</c>).</summary>
    Month = 2,

    /// <summary>The exact day is known (<c>2021-09-06</c>).</summary>
    Day = 3,

    /// <summary>
    /// An interval (format 1.1): one day between two dates (<c>2020/2021</c>) or on or before / after one
    /// (<c>../2025-11-30</c>, <c>2020-09/..</c>); see <see cref="PartialDate.Start"/> and <see cref="PartialDate.End"/>.
    /// </summary>
    Interval = 4,
}
