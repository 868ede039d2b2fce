package gonghui.station;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The station rules an operator may change: the facilities a station can offer (codes; their names live in the
 * message bundles as {@code station.facility.<code>}), how far and how many the finder looks, the link that opens a
 * map app for directions ({lat}, {lng} and {name} are filled in; WGS-84 coordinates), the map's tile server (none:
 * the map shows the stations on a plain background; its origin must also be in {@code gonghui.security.image-sources})
 * and how often one client may give feedback on one station a day.
 */
@ConfigurationProperties("gonghui.station")
record StationSettings(
        List<String> facilities,
        int searchRadiusKm,
        int nearbyLimit,
        String navigationUrl,
        String mapTiles,
        String mapAttribution,
        int feedbackPerDay) {

    StationSettings {
        facilities = facilities == null
                ? List.of(
                        "rest",
                        "toilet",
                        "water",
                        "heating",
                        "cooling",
                        "microwave",
                        "charging",
                        "first-aid",
                        "reading",
                        "umbrella",
                        "repair")
                : List.copyOf(facilities);
        searchRadiusKm = searchRadiusKm <= 0 ? 20 : searchRadiusKm;
        nearbyLimit = nearbyLimit <= 0 ? 20 : nearbyLimit;
        navigationUrl = navigationUrl == null || navigationUrl.isBlank()
                ? "https://uri.amap.com/marker?position={lng},{lat}&name={name}&coordinate=wgs84&callnative=1"
                : navigationUrl;
        mapTiles = mapTiles == null ? "" : mapTiles.strip();
        mapAttribution = mapAttribution == null ? "" : mapAttribution.strip();
        feedbackPerDay = feedbackPerDay <= 0 ? 3 : feedbackPerDay;
    }
}
