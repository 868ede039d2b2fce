package gonghui.station;

import java.math.BigDecimal;
import java.util.List;

/** A service station as its union keeps it. */
public record Station(
        long id,
        String code,
        String name,
        long organizationId,
        String organizationName,
        String address,
        BigDecimal latitude,
        BigDecimal longitude,
        List<String> facilities,
        Integer starRating,
        String servicePhone,
        StationStatus status,
        OpeningHours hours,
        int version) {

    Station withHours(OpeningHours week) {
        return new Station(
                id,
                code,
                name,
                organizationId,
                organizationName,
                address,
                latitude,
                longitude,
                facilities,
                starRating,
                servicePhone,
                status,
                week,
                version);
    }
}
