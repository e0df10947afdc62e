using System.Globalization;

namespace PoliticalEvents.Validation;

/// <summary>
/// A JSON Pointer relative to the record being checked, such as <c>/sentences/2/term</c>, kept in pieces and joined
/// only when a finding needs it: the rules run on every record, and most records give no finding.
/// </summary>
internal readonly struct At
{
    private readonly string _prefix;
    private readonly int _index;
    private readonly string _suffix;

    /// <summary>The pointer <paramref name="prefix"/> + <paramref name="index"/> + <paramref name="suffix"/>, e.g. ("/sentences/", 2, "/term").</summary>
    public At(string prefix, int index, string suffix = "") => (_prefix, _index, _suffix) = (prefix, index, suffix);

    private At(string path) => (_prefix, _index, _suffix) = (path, -1, string.Empty);

    /// <summary>A pointer that is already one string (a literal such as <c>/birthDate</c>).</summary>
    public static implicit operator At(string path) => new(path);

    /// <summary>This pointer followed by <paramref name="suffix"/>; joins nothing while the suffix so far is empty.</summary>
    public At Then(string suffix) => _index < 0 ? new(_prefix + suffix) : new(_prefix, _index, _suffix + suffix);

    /// <summary>The pointer as one string.</summary>
    public override string ToString()
        => _index < 0 ? _prefix : string.Concat(_prefix, _index.ToString(CultureInfo.InvariantCulture), _suffix);
}
