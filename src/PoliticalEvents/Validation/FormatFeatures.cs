namespace PoliticalEvents.Validation;

/// <summary>
/// What a record uses of format 1.1: the places (JSON Pointers below the record) of every property, value or record
/// type that format 1.0 does not have. A dataset that declares <c>"formatVersion": "1.0"</c> may not use them: a strict
/// 1.0 reader would refuse them, and the version is what tells it why (<see cref="ValidationCodes.FormatVersionTooLow"/>).
/// </summary>
/// <remarks>One place lists the additions of 1.1, so that each new field or value is added here once as it lands.</remarks>
internal static class FormatFeatures
{
    /// <summary>The version of the format that added what this class lists.</summary>
    public const string Version = "1.1";

    /// <summary>The 1.1 features of <paramref name="record"/>, with the property name each one is known by; empty for a 1.0 record.</summary>
    public static List<(string Pointer, string Feature)> Of(Record record)
    {
        var found = new List<(string Pointer, string Feature)>();
        if (record is Detention detention)
        {
            for (int i = 0; i < detention.Charges.Count; i++)
            {
                Charge charge = detention.Charges[i];
                if (charge.Article is null)
                {
                    found.Add(($"/charges/{i}", "a charge without \"article\""));
                }

                if (charge.On is not null)
                {
                    found.Add(($"/charges/{i}/on", "\"on\" of a charge"));
                }

                if (charge.Status is not null)
                {
                    found.Add(($"/charges/{i}/status", "\"status\" of a charge"));
                }
            }

            for (int i = 0; i < detention.Designations.Count; i++)
            {
                Designation designation = detention.Designations[i];
                if (designation.Status is DesignationStatus.WrongfullyDetained or DesignationStatus.Hostage)
                {
                    found.Add(($"/designations/{i}/status", $"the designation status \"{WireNames.Of(designation.Status)}\""));
                }

                if (designation.WithdrawnOn is not null)
                {
                    found.Add(($"/designations/{i}/withdrawnOn", "\"withdrawnOn\" of a designation"));
                }
            }
        }

        return found;
    }

    /// <summary>Whether a dataset declaring <paramref name="formatVersion"/> may not use 1.1 features.</summary>
    public static bool Forbids(string? formatVersion) => formatVersion == "1.0";

    /// <summary>The message of a 1.1 feature in a dataset that declares 1.0.</summary>
    public static string Message(string feature)
        => $"The dataset declares formatVersion \"1.0\", but {feature} is part of format {Version}: declare \"{Version}\" to use it.";
}
