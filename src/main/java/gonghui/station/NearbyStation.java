package gonghui.station;

import java.util.List;

/** A station as a worker nearby sees it: how far, open now or not, what it offers and how to get there. */
public record NearbyStation(
        long id,
        String code,
        String name,
        String address,
        double latitude,
        double longitude,
        long distanceMeters,
        boolean openNow,
        boolean openAllDay,
        String todayHours,
        List<String> facilities,
        String servicePhone,
        String navigationUrl) {}
