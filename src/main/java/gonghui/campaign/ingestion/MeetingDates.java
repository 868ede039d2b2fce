package gonghui.campaign.ingestion;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out the date of each meeting from what the report writes, trusting the body first, then the dateline
 * (本报北京10月25日电), then the headline. A missing month or year comes from the meeting's own opening (党组2024年第25次
 * 会议), else from another meeting of the same report, else from the dateline or headline, else from a publication line
 * of the page (发布时间：…) when that date follows the meeting within {@value #PUBLISHED_WITHIN_DAYS} days (a repost
 * published years later gives no year), else from the default date. Nothing is made up: what cannot be known stays
 * null and is reported.
 */
final class MeetingDates {

    /** How long after a meeting its report is published, at most, for the publication line to give the year. */
    static final int PUBLISHED_WITHIN_DAYS = 31;

    private final List<DateMention> headlineDates = new ArrayList<>();
    private final List<Integer> headlineYears = new ArrayList<>();
    private final Optional<DateMention> dateline;
    private final List<DateMention> publicationDates;
    private final LocalDate defaultDate;

    MeetingDates(ReportLayout layout, LocalDate defaultDate) {
        this.defaultDate = defaultDate;
        this.dateline = layout.dateline().date();
        this.publicationDates = layout.publicationDates();
        for (String line : layout.headlines()) {
            DateMention.firstIn(line)
                    .filter(d -> d.month() != null && d.day() != null)
                    .ifPresent(headlineDates::add);
            DateMention.yearIn(line).ifPresent(headlineYears::add);
        }
    }

    /** A meeting date, or null, with the warnings a reviewer should see. */
    record Resolved(LocalDate date, List<String> warnings) {}

    Resolved resolve(List<MeetingOpening> openings, int index) {
        MeetingOpening opening = openings.get(index);
        List<String> warnings = new ArrayList<>();
        Optional<DateMention> written = opening.date();
        if (written.isEmpty() && openings.size() == 1) {
            written = dateline.or(() -> headlineDates.stream().findFirst());
            written.ifPresent(d -> warnings.add("正文未写会议日期，按%s“%s”推定"
                    .formatted(dateline.isPresent() ? "电头" : "标题", d.month() + "月" + d.day() + "日")));
        }
        if (written.isPresent() && !written.get().hasDay()) {
            Optional<LocalDate> relative = relativeToDateline(written.get());
            if (relative.isPresent()) {
                warnings.add("原文写作“%s”，按电头日期推定".formatted(written.get().vague()));
                return new Resolved(relative.get(), warnings);
            }
        }
        if (written.isEmpty() || !written.get().hasDay()) {
            warnings.add(
                    written.map(d -> "原文只写“%s”，未写明会议日期".formatted(d.vague())).orElse("原文未写明会议日期"));
            return new Resolved(null, warnings);
        }
        DateMention mention = written.get();
        Integer month = mention.month();
        if (month == null) {
            month = monthFromContext(openings, index, mention.day()).orElse(null);
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
        int knownMonth = month;
        Integer year = mention.year() != null
                ? mention.year()
                : yearFromText(openings, index)
                        .or(() -> yearFromPublication(knownMonth, mention.day()))
                        .orElse(null);
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

    /** 昨天 or 今天 counted from a dateline that gives its full date. */
    private Optional<LocalDate> relativeToDateline(DateMention vague) {
        if (dateline.isEmpty() || dateline.get().year() == null || vague.vague() == null) {
            return Optional.empty();
        }
        DateMention filed = dateline.get();
        LocalDate day;
        try {
            day = LocalDate.of(filed.year(), filed.month(), filed.day());
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
        return switch (vague.vague()) {
            case "昨天", "昨日" -> Optional.of(day.minusDays(1));
            case "今天", "今日", "当天", "当日" -> Optional.of(day);
            default -> Optional.empty();
        };
    }

    /**
     * The year of this meeting's opening, else of the nearest meeting before it, after it, else of the dateline or the
     * headline.
     */
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
        return dateline.map(DateMention::year)
                .or(() -> headlineDates.stream()
                        .map(DateMention::year)
                        .filter(y -> y != null)
                        .findFirst())
                .or(() -> headlineYears.stream().findFirst());
    }

    /** The year that puts the meeting closest before a publication line's date, within the publication window. */
    private Optional<Integer> yearFromPublication(int month, int day) {
        Integer best = null;
        long bestGap = Long.MAX_VALUE;
        for (DateMention published : publicationDates) {
            for (int year : new int[] {published.year(), published.year() - 1}) {
                try {
                    LocalDate meeting = LocalDate.of(year, month, day);
                    LocalDate publication = LocalDate.of(published.year(), published.month(), published.day());
                    long gap = ChronoUnit.DAYS.between(meeting, publication);
                    if (gap >= 0 && gap <= PUBLISHED_WITHIN_DAYS && gap < bestGap) {
                        best = year;
                        bestGap = gap;
                    }
                } catch (DateTimeException impossible) {
                    // 2月30日 and the like give no year
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Integer> yearOf(MeetingOpening opening) {
        return opening.date().map(DateMention::year).or(() -> DateMention.yearIn(opening.title()));
    }

    /** The month of the nearest meeting before this one, else of the dateline, headline or a publication line. */
    private Optional<Integer> monthFromContext(List<MeetingOpening> openings, int index, int day) {
        for (int i = index - 1; i >= 0; i--) {
            Optional<Integer> month = openings.get(i).date().map(DateMention::month);
            if (month.isPresent()) {
                return month;
            }
        }
        List<DateMention> context = new ArrayList<>();
        dateline.ifPresent(context::add);
        context.addAll(headlineDates);
        context.addAll(publicationDates);
        return context.stream()
                .filter(d -> d.month() != null && d.day() != null)
                .findFirst()
                .map(d -> day <= d.day() ? d.month() : (d.month() == 1 ? 12 : d.month() - 1));
    }
}
