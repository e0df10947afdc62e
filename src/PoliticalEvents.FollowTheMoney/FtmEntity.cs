using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// One FollowTheMoney entity as it travels in JSON Lines: <c>{"id": …, "schema": …, "properties": {"name": ["…"], …}}</c>,
/// every property value a list of strings.
/// </summary>
/// <remarks>
/// <para>Properties keep the order they were given or read in; a property is never present with an empty list.</para>
/// <para>OpenSanctions adds metadata next to <c>properties</c> (<c>caption</c>, <c>referents</c>, <c>first_seen</c>, …).
/// Of these only <c>datasets</c> is kept (<see cref="Datasets"/>), since the importer names it in the source of each
/// record; the others are not part of the entity.</para>
/// <para><see cref="ToString"/> prints only the schema and id, never property values.</para>
/// </remarks>
public sealed class FtmEntity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="schema">The schema name, e.g. <c>Person</c> or <c>Sanction</c>.</param>
    /// <param name="properties">The properties in order; empty lists are left out, a repeated name adds to the earlier values.</param>
    /// <param name="datasets">The OpenSanctions datasets the entity comes from, if known.</param>
    public FtmEntity(string id, string schema, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> properties, IReadOnlyList<string>? datasets = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(properties);
        Id = id;
        Schema = schema;
        Properties = new OrderedProperties(properties);
        Datasets = datasets ?? [];
    }

    /// <summary>The entity id (FtM ids are strings of letters, digits, <c>.</c> and <c>-</c>).</summary>
    public string Id { get; }

    /// <summary>The schema name, e.g. <c>Person</c>, <c>Company</c>, <c>Sanction</c>.</summary>
    public string Schema { get; }

    /// <summary>The property values by property name, in the order given or read.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Properties { get; }

    /// <summary>The OpenSanctions datasets the entity comes from (<c>"datasets"</c>); empty when not given.</summary>
    public IReadOnlyList<string> Datasets { get; }

    /// <summary>The values of a property, or an empty list when the entity does not have it.</summary>
    /// <param name="property">The property name.</param>
    /// <returns>The values.</returns>
    public IReadOnlyList<string> Values(string property) => Properties.TryGetValue(property, out IReadOnlyList<string>? values) ? values : [];

    /// <summary>The schema and the id only, e.g. <c>Person NK-abc</c>; never property values.</summary>
    /// <returns>A short description that locates the entity.</returns>
    public override string ToString() => $"{Schema} {Id}";

    /// <summary>A read-only dictionary that enumerates in insertion order.</summary>
    private sealed class OrderedProperties : IReadOnlyDictionary<string, IReadOnlyList<string>>
    {
        private readonly List<KeyValuePair<string, IReadOnlyList<string>>> _ordered = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public OrderedProperties(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> properties)
        {
            foreach ((string name, IReadOnlyList<string> values) in properties)
            {
                ArgumentNullException.ThrowIfNull(name);
                ArgumentNullException.ThrowIfNull(values);
                if (values.Count == 0)
                {
                    continue;
                }

                if (_index.TryGetValue(name, out int at))
                {
                    _ordered[at] = new(name, [.. _ordered[at].Value, .. values]);
                }
                else
                {
                    _index[name] = _ordered.Count;
                    _ordered.Add(new(name, [.. values]));
                }
            }
        }

        public IReadOnlyList<string> this[string key] => _ordered[_index[key]].Value;

        public IEnumerable<string> Keys => _ordered.Select(p => p.Key);

        public IEnumerable<IReadOnlyList<string>> Values => _ordered.Select(p => p.Value);

        public int Count => _ordered.Count;

        public bool ContainsKey(string key) => _index.ContainsKey(key);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<string> value)
        {
            if (_index.TryGetValue(key, out int at))
            {
                value = _ordered[at].Value;
                return true;
            }

            value = null;
            return false;
        }

        public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() => _ordered.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
