package gonghui.campaign.ingestion;

/** An organisation of the union tree that a name in a report was matched to. */
public record MatchedOrganization(long id, String name) {}
