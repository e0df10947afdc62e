namespace PoliticalEvents.SanctionsLists;

/// <summary>The official sanctions lists <see cref="SanctionsListImporter"/> reads, each in its XML form.</summary>
public enum SanctionsListFormat
{
    /// <summary>
    /// The United Nations Security Council Consolidated List (<c>CONSOLIDATED_LIST</c>, the XML the UN publishes with
    /// the schema <c>sc-sanctions.xsd</c>): individuals and entities of every UN sanctions regime.
    /// </summary>
    Un = 1,

    /// <summary>
    /// The European Union's Financial Sanctions Files, version 1.1 (<c>export</c> in the namespace
    /// <c>http://eu.europa.ec/fpi/fsd/export</c>): the consolidated list of persons and entities under EU financial
    /// sanctions.
    /// </summary>
    Eu = 2,

    /// <summary>
    /// The US Treasury's Office of Foreign Assets Control list of Specially Designated Nationals and Blocked Persons
    /// (<c>sdnList</c>, the SDN.XML export).
    /// </summary>
    Ofac = 3,
}
