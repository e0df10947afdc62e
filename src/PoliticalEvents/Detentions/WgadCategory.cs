using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>A category of arbitrary detention of the UN Working Group on Arbitrary Detention (WGAD). Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<WgadCategory>))]
public enum WgadCategory
{
    /// <summary><c>wgadI</c>: Category I: no legal basis for the detention.</summary>
    WgadI = 1,

    /// <summary><c>wgadII</c>: Category II: the detention results from the exercise of rights such as expression, assembly or religion.</summary>
    WgadII = 2,

    /// <summary><c>wgadIII</c>: Category III: grave violations of the right to a fair trial.</summary>
    WgadIII = 3,

    /// <summary><c>wgadIV</c>: Category IV: prolonged administrative custody of asylum seekers, immigrants or refugees without review.</summary>
    WgadIV = 4,

    /// <summary><c>wgadV</c>: Category V: discrimination.</summary>
    WgadV = 5,
}
