
namespace PoliticalEvents.Validation;

/// <summary>Collects findings for one record (or the dataset), prefixing pointers and stamping the record id and line.</summary>
internal sealed class Findings(List<Finding> sink)
{
    public string Base { get; set; } = string.Empty;

    public string? RecordId { get; set; }

    public int? Line { get; set; }

    public List<Finding> Sink => sink;

    public void Add(Severity severity, At path, string code, string message)
        => sink.Add(new Finding
        {
            Path = Base + path.ToString(),
            Code = code,
            Message = message,
            Severity = severity,
            Line = Line,
            RecordId = RecordId,
        });

    public void Error(At path, string code, string message) => Add(Severity.Error, path, code, message);

    public void Warning(At path, string code, string message) => Add(Severity.Warning, path, code, message);

    /// <summary>
    /// Reports <paramref name="later"/> lying before <paramref name="earlier"/>: an error when certain
    /// (every day of <paramref name="later"/> is before every day of <paramref name="earlier"/>, neither qualified), a
    /// warning when possible (the interval of <paramref name="later"/> begins before that of <paramref name="earlier"/>:
    /// <c>2020</c> against <c>2020-06-01</c>).
    /// </summary>
    public void Order(PartialDate? earlier, PartialDate? later, At path, string code, string message)
    {
        if (earlier is not PartialDate first || later is not PartialDate second)
        {
            return;
        }

        if (second.IsDefinitelyBefore(first))
        {
            Error(path, code, message);
        }
        else if (second.Earliest < first.Earliest)
        {
            Warning(path, code, "Possibly: " + char.ToLowerInvariant(message[0]) + message[1..]);
        }
    }

    /// <summary>
    /// <see cref="Order"/>, without the warning when the two dates overlap: an error when certain, a warning only when
    /// <paramref name="later"/> may lie before <paramref name="earlier"/> and no day of one is a day of the other.
    /// </summary>
    public void OrderApart(PartialDate? earlier, PartialDate? later, At path, string code, string message)
    {
        if (earlier is PartialDate first && later is PartialDate second && !second.IsDefinitelyBefore(first) && second.Overlaps(first))
        {
            return;
        }

        Order(earlier, later, path, code, message);
    }
}
