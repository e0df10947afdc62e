using PoliticalEvents.Validation;

namespace PoliticalEvents.Redaction;

/// <summary>
/// Prepares a dataset for an audience (<see cref="RedactionProfile"/>): drops what it must not see, reduces what it may
/// see only in part, and reports what was done. Only valid datasets are redacted, so the output is valid too.
/// </summary>
/// <remarks>
/// For datasets too large to hold in memory, <see cref="StreamingRedactor"/> redacts record by record. docs/redaction.md
/// lists what each profile does to each field, and why.
/// </remarks>
public static class Redactor
{
    /// <summary>Validates a dataset and, if it has no errors, redacts it.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="profile">For whom the output is (<see cref="RedactionProfile.Public"/>).</param>
    /// <param name="options">Settings of the validation; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>
    /// The redacted dataset (metadata unchanged, records in their order, some dropped, some reduced) and the report; or,
    /// when the dataset has errors, the findings and no output: redaction of invalid data could not promise valid output.
    /// </returns>
    public static RedactionResult Redact(Dataset dataset, RedactionProfile profile, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(profile);
        ValidationResult validation = DatasetValidator.Validate(dataset, options);
        if (!validation.Succeeded)
        {
            return new RedactionResult(validation, null, null);
        }

        var redactor = new StreamingRedactor(profile);
        while (true)
        {
            var kept = new List<Record>(dataset.Records.Count);
            var findings = new List<Finding>();
            for (int i = 0; i < dataset.Records.Count; i++)
            {
                RecordRedaction redaction = redactor.Redact(dataset.Records[i], $"/records/{i}");
                if (redaction.Record is { } record)
                {
                    kept.Add(record);
                }

                findings.AddRange(redaction.Findings);
            }

            if (redactor.EndPass())
            {
                return new RedactionResult(validation, dataset with { Records = kept }, new RedactionReport(redactor, findings));
            }
        }
    }
}
