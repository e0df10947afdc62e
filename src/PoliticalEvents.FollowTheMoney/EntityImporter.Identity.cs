using C = PoliticalEvents.FollowTheMoney.FtmReportCodes;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// Format 1.1 identity details: Passport and Identification entities become their holder's identity documents, Address
/// entities the addresses of the actors that name them (<c>addressEntity</c>). Either may come before or after the
/// actor: the first pass collects them.
/// </summary>
internal sealed partial class EntityImporter
{
    private readonly Dictionary<string, List<(FtmEntity Entity, int? Line)>> _documentsByHolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FtmEntity> _addressEntities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namedAddresses = new(StringComparer.Ordinal);

    // First pass: documents by holder, addresses by id.
    private void IndexIdentity(FtmEntity entity, int? line)
    {
        if (FtmModel.IsDocumentSchema(entity.Schema) && entity.Values("holder") is [string holder, ..])
        {
            if (!_documentsByHolder.TryGetValue(holder, out List<(FtmEntity, int?)>? list))
            {
                _documentsByHolder[holder] = list = [];
            }

            list.Add((entity, line));
        }
        else if (entity.Schema == FtmModel.Address)
        {
            _addressEntities.TryAdd(entity.Id, entity);
        }
        else if (FtmModel.IsActorSchema(entity.Schema))
        {
            _namedAddresses.UnionWith(entity.Values("addressEntity"));
        }
    }

    // Why a document is not imported: no holder that is an imported person, or no usable number.
    private (string Code, string Property, string Message)? DocumentProblem(FtmEntity document)
    {
        if (document.Values("holder") is not [string holder, ..])
        {
            return (C.ImportReferenceMissing, "holder", $"The {document.Schema} has no holder: it is not imported.");
        }

        if (ReferenceProblem(holder, Role.Person) is { } problem)
        {
            return (problem.Code, "holder", problem.Code == C.ImportReferenceMissing
                ? $"The holder is not in the input: the {document.Schema} is not imported."
                : $"The holder is not imported as a person (the format keeps identity documents of persons only): the {document.Schema} is not imported.");
        }

        return document.Values("number").Any(static n => UsableName(n) is not null)
            ? null
            : (C.ImportValueInvalid, "number", $"The {document.Schema} has no usable number, which an identity document needs: it is not imported.");
    }

    // Second pass, for the entity itself: reports what is not carried (the holder carries the document).
    private void ReportDocument(FtmEntity document, int? line)
    {
        if (DocumentProblem(document) is { } problem)
        {
            report.AddImport(problem.Code, document.Id, problem.Property, problem.Message, line: line);
            return;
        }

        var use = new PropertyUse(document, report, line);
        MapDocument(use);
        use.Finish();
    }

    private static IdentityDocument MapDocument(PropertyUse use)
    {
        FtmEntity document = use.Entity;
        use.Use("holder", document.Values("holder").Count);
        use.Mapped("number", "a document has one number");
        string number = document.Values("number").First(static n => UsableName(n) is not null);
        use.Use("number", document.Values("number").Count(n => n == number));
        IdentityDocumentKind? kind = null;
        if (document.Schema == FtmModel.Passport)
        {
            kind = IdentityDocumentKind.Passport;
        }

        use.Mapped("type", "a document has one kind");
        foreach (string type in document.Values("type"))
        {
            if (FtmModel.DocumentKindOf(type) is { } named && (kind is null || kind == named))
            {
                kind = named;
                use.Use("type");
            }
            else if (kind is null)
            {
                kind = IdentityDocumentKind.Other;
                use.Dropped("type", "A type the format's kinds of document do not name: the document is of kind other, and the words are left out.");
            }
        }

        CountryCode? country = null;
        use.Mapped("country", "a document has one country");
        foreach (string value in document.Values("country"))
        {
            if (!FtmModel.TryParseCountry(value, out CountryCode parsed))
            {
                use.Invalid("country", "Not an ISO 3166-1 country code the format accepts: left out.");
            }
            else if (country is null || country == parsed)
            {
                country = parsed;
                use.Use("country");
            }
        }

        PartialDate? issued = Kept(use, "startDate", TakeDate(use, "startDate", out bool issuedTime), issuedTime);
        PartialDate? expires = TakeDate(use, "endDate", out bool expiresTime);
        if (issued is PartialDate i && expires is PartialDate e && e.IsDefinitelyBefore(i))
        {
            use.Report(C.ImportValueInvalid, "endDate", "The end date is before the start date: left out.");
            expires = null;
        }

        expires = Kept(use, "endDate", expires, expiresTime);
        return new IdentityDocument { Kind = kind, Number = number, Country = country, IssuedOn = issued, ExpiresOn = expires };
    }

    // The documents whose holder is this person, in the order of the input.
    private List<IdentityDocument> TakeDocuments(string holder)
    {
        var documents = new List<IdentityDocument>();
        foreach ((FtmEntity document, int? line) in _documentsByHolder.GetValueOrDefault(holder) ?? [])
        {
            if (DocumentProblem(document) is null)
            {
                documents.Add(MapDocument(new PropertyUse(document, null, line)));
            }
        }

        return documents;
    }

    // Second pass, for an Address entity itself: reports what is not carried (the actors that name it carry it).
    private void ReportAddress(FtmEntity address, int? line)
    {
        if (!_namedAddresses.Contains(address.Id))
        {
            report.AddImport(C.ImportSchemaNotImported, address.Id, string.Empty, "An Address that no person or organization of the input names (addressEntity): the format keeps addresses on actors, so it is not imported.", line: line);
            return;
        }

        var use = new PropertyUse(address, report, line);
        MapAddress(use);
        use.Finish();
    }

    private static Address MapAddress(PropertyUse use)
    {
        string? Take(string property)
        {
            use.Mapped(property, "an address has one of each part");
            string? taken = use.Entity.Values(property).FirstOrDefault(static v => UsableText(v) is not null);
            if (taken is not null)
            {
                use.Use(property, use.Entity.Values(property).Count(v => v == taken));
            }

            return taken;
        }

        string? full = Take("full"), street = Take("street"), city = Take("city"), region = Take("region"), postalCode = Take("postalCode");
        CountryCode? country = null;
        use.Mapped("country", "an address has one country");
        foreach (string value in use.Entity.Values("country"))
        {
            if (!FtmModel.TryParseCountry(value, out CountryCode parsed))
            {
                use.Invalid("country", "Not an ISO 3166-1 country code the format accepts: left out.");
            }
            else if (country is null || country == parsed)
            {
                country = parsed;
                use.Use("country");
            }
        }

        return new Address { Full = full, Street = street, Locality = city, Region = region, PostalCode = postalCode, Country = country };
    }

    // The addresses an actor names by addressEntity, in its order; one not in the input is reported.
    private List<Address> TakeAddresses(PropertyUse use)
    {
        var addresses = new List<Address>();
        foreach (string id in use.Entity.Values("addressEntity"))
        {
            if (_addressEntities.GetValueOrDefault(id) is not { } entity)
            {
                use.Report(C.ImportReferenceMissing, "addressEntity", "The Address entity is not in the input: the address is not imported.");
                use.Use("addressEntity");
                continue;
            }

            Address address = MapAddress(new PropertyUse(entity, null, null));
            use.Use("addressEntity");
            if (address is { Full: null, Street: null, Locality: null, Region: null, PostalCode: null, Country: null })
            {
                continue; // nothing usable: the Address entity's own report says why
            }

            addresses.Add(address);
        }

        return addresses;
    }
}
