using C = PoliticalEvents.FollowTheMoney.FtmReportCodes;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// Keeps track of which values of an entity's properties the import used or reported, so that at the end every value
/// left over is reported: as <see cref="C.ImportPropertyNotMapped"/> when the mapping has no place for the property,
/// as <see cref="C.ImportValueDropped"/> when it does but took fewer values. This makes the import report complete by
/// construction.
/// </summary>
internal sealed class PropertyUse(FtmEntity entity, FtmReport? report, int? line)
{
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);
    private readonly HashSet<string> _mapped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _leftOverMessages = new(StringComparer.Ordinal);

    public FtmEntity Entity => entity;

    /// <summary>True when this tracker reports (false when a mapping is only being replayed).</summary>
    public bool Reports => report is not null;

    /// <summary>Marks the property as one the mapping has a place for (left-over values are then "dropped", not "not mapped").</summary>
    public void Mapped(string property) => _mapped.Add(property);

    /// <summary>Marks the property as mapped, and says why values left over are left out (instead of the generic message).</summary>
    public void Mapped(string property, string leftOverMessage)
    {
        _mapped.Add(property);
        _leftOverMessages[property] = leftOverMessage;
    }

    /// <summary>Marks values of a property as used (taken into the record, or found equal to one that was).</summary>
    public void Use(string property, int count = 1)
    {
        _mapped.Add(property);
        _used[property] = _used.GetValueOrDefault(property) + count;
    }

    /// <summary>Reports values that do not parse or do not fit, and marks them as dealt with.</summary>
    public void Invalid(string property, string message, int count = 1)
    {
        Use(property, count);
        Report(C.ImportValueInvalid, property, message, count);
    }

    /// <summary>Reports values the mapping leaves out for a reason of its own, and marks them as dealt with.</summary>
    public void Dropped(string property, string message, int count = 1)
    {
        Use(property, count);
        Report(C.ImportValueDropped, property, message, count);
    }

    public void Report(string code, string property, string message, int count = 1)
        => report?.AddImport(code, entity.Id, property, message, count, line);

    /// <summary>Reports every value not used or reported yet.</summary>
    public void Finish()
    {
        foreach ((string property, IReadOnlyList<string> values) in entity.Properties)
        {
            int left = values.Count - _used.GetValueOrDefault(property);
            if (left <= 0)
            {
                continue;
            }

            if (_mapped.Contains(property))
            {
                string why = _leftOverMessages.GetValueOrDefault(property, "the field it goes to takes fewer values");
                Report(C.ImportValueDropped, property, $"{FtmModel.Invariant(left)} value(s) of {FtmModel.Bounded(property)} left out: {why}.", left);
            }
            else
            {
                Report(C.ImportPropertyNotMapped, property, $"The format has no place for {FtmModel.Bounded(entity.Schema)}:{FtmModel.Bounded(property)}: {FtmModel.Invariant(left)} value(s) left out.", left);
            }
        }
    }
}
