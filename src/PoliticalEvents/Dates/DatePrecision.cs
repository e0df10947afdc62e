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
}
