package gonghui.station;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** The nearest stations to a point, open at a given time or not, for a worker on the street. */
@Service
public class StationFinder {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private final Stations stations;
    private final StationSettings settings;

    StationFinder(Stations stations, StationSettings settings) {
        this.stations = stations;
        this.settings = settings;
    }

    /**
     * Active stations within the search radius of the point, nearest first; with {@code openOnly} only those open at
     * {@code at} (Beijing time).
     */
    public List<NearbyStation> nearby(
            double latitude, double longitude, LocalDateTime at, boolean openOnly, int limit) {
        double radius = settings.searchRadiusKm() * 1000.0;
        double latitudeSpan = Math.toDegrees(radius / EARTH_RADIUS_METERS);
        double longitudeSpan = latitudeSpan / Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        int count = limit <= 0 ? settings.nearbyLimit() : Math.min(limit, 100);
        return stations
                .activeWithin(
                        latitude - latitudeSpan,
                        longitude - longitudeSpan,
                        latitude + latitudeSpan,
                        longitude + longitudeSpan)
                .stream()
                .map(station -> nearby(station, latitude, longitude, at))
                .filter(station -> station.distanceMeters() <= radius && (!openOnly || station.openNow()))
                .sorted(Comparator.comparingLong(NearbyStation::distanceMeters).thenComparing(NearbyStation::code))
                .limit(count)
                .toList();
    }

    private NearbyStation nearby(Station station, double latitude, double longitude, LocalDateTime at) {
        double lat = station.latitude().doubleValue();
        double lng = station.longitude().doubleValue();
        OpeningHours hours = station.hours();
        return new NearbyStation(
                station.id(),
                station.code(),
                station.name(),
                station.address(),
                lat,
                lng,
                Math.round(distanceMeters(latitude, longitude, lat, lng)),
                hours.isOpenAt(at),
                hours.allDay(),
                hours.on(at.toLocalDate()).map(OpeningHours.Hours::toString).orElse(null),
                station.facilities(),
                station.servicePhone(),
                navigationUrl(station.name(), lat, lng));
    }

    /** The link that opens a map app with directions to the station. */
    String navigationUrl(String name, double latitude, double longitude) {
        return settings.navigationUrl()
                .replace("{lat}", Double.toString(latitude))
                .replace("{lng}", Double.toString(longitude))
                .replace("{name}", URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    /** Great-circle distance (haversine). */
    static double distanceMeters(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLng / 2)
                        * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
