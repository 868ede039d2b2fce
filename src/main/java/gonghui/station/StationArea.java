package gonghui.station;

/** A union that runs stations, with the middle of its stations: where the finder looks when no location is given. */
public record StationArea(long organizationId, String name, int stations, double latitude, double longitude) {}
