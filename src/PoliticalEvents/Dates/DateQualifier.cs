namespace PoliticalEvents;

/// <summary>An EDTF (ISO 8601-2) qualifier on a <see cref="PartialDate"/>.</summary>
public enum DateQualifier
{
    /// <summary>No qualifier: the source states the date as fact.</summary>
    None = 0,

    /// <summary><c>~</c>: the source gives the date as approximate ("around September 2020").</summary>
    Approximate = 1,

    /// <summary><c>?</c>: the source is unsure whether the date is right ("possibly 2019").</summary>
    Uncertain = 2,

    /// <summary><c>%</c>: both approximate and uncertain.</summary>
    ApproximateAndUncertain = 3,
}
