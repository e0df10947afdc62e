namespace PoliticalEvents.FollowTheMoney;

/// <summary>Collects the properties of one entity in the order they are first added.</summary>
internal sealed class EntityBuilder(string schema, string id)
{
    private readonly List<KeyValuePair<string, List<string>>> _properties = [];

    public string Schema { get; } = schema;

    public string Id { get; } = id;

    public void Add(string property, string value)
    {
        foreach (KeyValuePair<string, List<string>> existing in _properties)
        {
            if (existing.Key == property)
            {
                existing.Value.Add(value);
                return;
            }
        }

        _properties.Add(new(property, [value]));
    }

    /// <summary>Adds every property of <paramref name="other"/> after the ones here.</summary>
    public void AddAll(EntityBuilder other) => AddAll(other, except: null);

    /// <summary>Adds every property of <paramref name="other"/> after the ones here, but those in <paramref name="except"/>.</summary>
    public void AddAll(EntityBuilder other, IReadOnlySet<string>? except)
    {
        foreach ((string property, List<string> values) in other._properties)
        {
            if (except?.Contains(property) == true)
            {
                continue;
            }

            foreach (string value in values)
            {
                Add(property, value);
            }
        }
    }

    /// <summary>The properties in order of first appearance.</summary>
    public IEnumerable<string> PropertyNames => _properties.Select(p => p.Key);

    public FtmEntity ToEntity()
        => new(Id, Schema, _properties.Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p.Key, p.Value)));
}
