package gonghui.station;

import gonghui.shared.RejectedException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a station form into checked values, refusing the first field that is wrong with its reason. */
final class StationCheck {

    /** Liaoning lies well inside these bounds; a point outside them is a typing error (or swapped fields). */
    private static final BigDecimal MIN_LATITUDE = new BigDecimal("18");

    private static final BigDecimal MAX_LATITUDE = new BigDecimal("54");
    private static final BigDecimal MIN_LONGITUDE = new BigDecimal("73");
    private static final BigDecimal MAX_LONGITUDE = new BigDecimal("136");

    private static final Pattern HOURS =
            Pattern.compile("(\\d{1,2})[:：](\\d{2})\\s*[-–~～至到]\\s*(\\d{1,2})[:：](\\d{2})");
    private static final Pattern CLOSURE =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\s+(\\d{4}-\\d{2}-\\d{2}))?\\s*(.*)");
    private static final String[] WEEKDAY_FIELDS = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
    };

    private StationCheck() {}

    record Checked(
            String name,
            String address,
            BigDecimal latitude,
            BigDecimal longitude,
            OpeningHours hours,
            List<String> facilities,
            Integer starRating,
            String servicePhone,
            StationStatus status) {}

    static Checked check(StationForm form, List<String> knownFacilities) {
        String name = text(form.name(), "name", 100);
        String address = text(form.address(), "address", 200);
        BigDecimal latitude = within(form.latitude(), "latitude", MIN_LATITUDE, MAX_LATITUDE);
        BigDecimal longitude = within(form.longitude(), "longitude", MIN_LONGITUDE, MAX_LONGITUDE);
        boolean allDay = Boolean.TRUE.equals(form.openAllDay());
        Map<DayOfWeek, OpeningHours.Hours> week = new EnumMap<>(DayOfWeek.class);
        List<String> weekdays = form.weekdays();
        for (int i = 0; i < 7; i++) {
            String value = weekdays.get(i);
            if (value != null && !value.isBlank()) {
                week.put(DayOfWeek.of(i + 1), hours(value.strip(), WEEKDAY_FIELDS[i]));
            }
        }
        if (!allDay && week.isEmpty()) {
            throw new RejectedException("monday", "station.rejected.noHours");
        }
        List<String> facilities = form.facilities() == null ? List.of() : List.copyOf(form.facilities());
        for (String facility : facilities) {
            if (!knownFacilities.contains(facility)) {
                throw new RejectedException("facilities", "station.rejected.facility", facility);
            }
        }
        Integer stars = form.starRating();
        if (stars != null && (stars < 1 || stars > 5)) {
            throw new RejectedException("starRating", "station.rejected.starRating");
        }
        String phone = form.servicePhone() == null || form.servicePhone().isBlank()
                ? null
                : form.servicePhone().strip();
        if (phone != null && !phone.matches("[0-9+\\-() ]{5,30}")) {
            throw new RejectedException("servicePhone", "station.rejected.servicePhone");
        }
        return new Checked(
                name,
                address,
                latitude,
                longitude,
                new OpeningHours(allDay, week, closures(form.closures())),
                facilities,
                stars,
                phone,
                form.status() == null ? StationStatus.ACTIVE : form.status());
    }

    private static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RejectedException(field, "station.rejected." + field);
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new RejectedException(field, "station.rejected.tooLong", maxLength);
        }
        return text;
    }

    private static BigDecimal within(BigDecimal value, String field, BigDecimal min, BigDecimal max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new RejectedException(field, "station.rejected." + field);
        }
        return value.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private static OpeningHours.Hours hours(String value, String field) {
        Matcher m = HOURS.matcher(value);
        if (!m.matches()) {
            throw new RejectedException(field, "station.rejected.hours." + field, value);
        }
        try {
            LocalTime opens = time(m.group(1), m.group(2));
            LocalTime closes = time(m.group(3), m.group(4));
            boolean wholeDay = Integer.parseInt(m.group(3)) == 24;
            if (opens.equals(closes) && !wholeDay) {
                throw new RejectedException(field, "station.rejected.hours." + field, value);
            }
            return new OpeningHours.Hours(opens, closes);
        } catch (DateTimeException e) {
            throw new RejectedException(field, "station.rejected.hours." + field, value);
        }
    }

    /** 24:00 is the end of the day, kept as midnight (hours that end at midnight run up to it). */
    private static LocalTime time(String hour, String minute) {
        int h = Integer.parseInt(hour);
        int m = Integer.parseInt(minute);
        return h == 24 && m == 0 ? LocalTime.MIDNIGHT : LocalTime.of(h, m);
    }

    private static List<OpeningHours.Closure> closures(String text) {
        List<OpeningHours.Closure> closures = new ArrayList<>();
        if (text == null) {
            return closures;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = CLOSURE.matcher(line);
            try {
                if (!m.matches()) {
                    throw new DateTimeException(line);
                }
                LocalDate first = LocalDate.parse(m.group(1));
                LocalDate last = m.group(2) == null ? first : LocalDate.parse(m.group(2));
                if (last.isBefore(first)) {
                    throw new DateTimeException(line);
                }
                String reason = m.group(3).isBlank() ? null : m.group(3).strip();
                if (reason != null && reason.length() > 200) {
                    throw new RejectedException("closures", "station.rejected.tooLong", 200);
                }
                closures.add(new OpeningHours.Closure(first, last, reason));
            } catch (DateTimeException e) {
                throw new RejectedException("closures", "station.rejected.closure", i + 1, line);
            }
        }
        return closures;
    }
}
