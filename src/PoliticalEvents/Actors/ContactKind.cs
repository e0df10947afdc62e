using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>What a contact detail is. Format 1.1.</summary>
[JsonConverter(typeof(WireEnumConverter<ContactKind>))]
public enum ContactKind
{
    /// <summary><c>phone</c>: A telephone or fax number, as the source writes it (<c>+375 17 369-90-15</c>).</summary>
    Phone = 1,

    /// <summary><c>email</c>: An e-mail address.</summary>
    Email = 2,

    /// <summary><c>website</c>: A website, with or without its scheme (<c>https://example.by/</c>, <c>www.example.by</c>).</summary>
    Website = 3,

    /// <summary><c>other</c>: Another way to reach the actor (a post-office box, a messenger account).</summary>
    Other = 4,
}
