package gonghui.campaign.ingestion;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out the date of each meeting from what the report writes. A missing year comes from the
 * meeting's own opening (党组2024年第25次会议), else from another meeting of the same report, else
 * from the headline or dateline, else from the default date; a bare day takes its month the same
 * way. Nothing is made up: what cannot be known stays null and is reported.
 */
final class MeetingDates {

    private final List<DateMention> contextDates = new ArrayList<>();
    private final List<Integer> contextYears = new ArrayList<>();
    private final LocalDate defaultDate;

    MeetingDates(ReportLayout layout, LocalDate defaultDate) {
        this.defaultDate = defaultDate;
        List<String> context = new ArrayList<>(layout.headlines());
        context.addAll(layout.furniture());
        for (String line : context) {
            DateMention.firstIn(line)
                    .filter(d -> d.year() != null && d.month() != null)
                    .ifPresent(contextDates::add);
            DateMention.yearIn(line).ifPresent(contextYears::add);
        }
    }

    /** A meeting date, or null, with the warnings a reviewer should see. */
    record Resolved(LocalDate date, List<String> warnings) {}

    Resolved resolve(List<MeetingOpening> openings, int index) {
        MeetingOpening opening = openings.get(index);
        List<String> warnings = new ArrayList<>();
        Optional<DateMention> written = opening.date();
        if (written.isEmpty() || !written.get().hasDay()) {
            warnings.add(
                    written.map(d -> "原文只写“%s”，未写明会议日期".formatted(d.vague())).orElse("原文未写明会议日期"));
            return new Resolved(null, warnings);
        }
        DateMention mention = written.get();
        Integer month = mention.month();
        if (month == null) {
            month = monthFromContext(openings, index).orElse(null);
            if (month == null && defaultDate != null) {
                month = mention.day() > defaultDate.getDayOfMonth()
                        ? defaultDate.minusMonths(1).getMonthValue()
                        : defaultDate.getMonthValue();
            }
            if (month == null) {
                warnings.add("原文只写“%d日”，无法确定月份".formatted(mention.day()));
                return new Resolved(null, warnings);
            }
            warnings.add("原文只写“%d日”，月份按上下文推定为%d月".formatted(mention.day(), month));
        }
        Integer year = mention.year() != null
                ? mention.year()
                : yearFromText(openings, index).orElse(null);
        if (year == null && defaultDate != null) {
            year = defaultDate.getYear();
            if (LocalDate.of(year, month, Math.min(mention.day(), 28)).isAfter(defaultDate)) {
                year--;
            }
            warnings.add("原文未写年份，按默认日期推定为%d年".formatted(year));
        }
        if (year == null) {
            warnings.add("原文未写年份，也没有默认日期，无法确定会议日期（%d月%d日）".formatted(month, mention.day()));
            return new Resolved(null, warnings);
        }
        try {
            return new Resolved(LocalDate.of(year, month, mention.day()), warnings);
        } catch (DateTimeException impossible) {
            warnings.add("原文日期“%d月%d日”不存在，请核对".formatted(month, mention.day()));
            return new Resolved(null, warnings);
        }
    }

    /** The year of this meeting's opening, else of the nearest meeting before it, after it, or of the headline. */
    private Optional<Integer> yearFromText(List<MeetingOpening> openings, int index) {
        for (int distance = 0; distance < openings.size(); distance++) {
            for (int i : new int[] {index - distance, index + distance}) {
                if (i >= 0 && i < openings.size()) {
                    Optional<Integer> year = yearOf(openings.get(i));
                    if (year.isPresent()) {
                        return year;
                    }
                }
            }
        }
        return contextDates.stream()
                .map(DateMention::year)
                .findFirst()
                .or(() -> contextYears.stream().findFirst());
    }

    private static Optional<Integer> yearOf(MeetingOpening opening) {
        return opening.date().map(DateMention::year).or(() -> DateMention.yearIn(opening.title()));
    }

    private Optional<Integer> monthFromContext(List<MeetingOpening> openings, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Optional<Integer> month = openings.get(i).date().map(DateMention::month);
            if (month.isPresent()) {
                return month;
            }
        }
        return contextDates.stream().map(DateMention::month).findFirst();
    }
}
