namespace PoliticalEvents;

/// <summary>
/// A sum of money a court ordered paid: a <see cref="SentenceKind.Fine"/>, or a fine imposed on top of another penalty
/// ("8 years and a fine of 1,000 roubles"). Format 1.1.
/// </summary>
public sealed record Fine
{
    /// <summary>
    /// The amount, in units of <see cref="Currency"/> (not in minor units: 1500.50 for 1,500 roubles 50 kopecks); zero
    /// or more. On the wire a JSON number (<c>1500.5</c>), written as given.
    /// </summary>
    public required decimal Amount { get; init; }

    /// <summary>The currency, as an ISO 4217 alphabetic code (<c>BYN</c>, <c>RUB</c>, <c>EUR</c>).</summary>
    public required CurrencyCode Currency { get; init; }
}
