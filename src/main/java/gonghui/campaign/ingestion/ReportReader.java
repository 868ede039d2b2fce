package gonghui.campaign.ingestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a published union report, Simplified or Traditional and possibly damaged on the web, into
 * draft meeting records for review: one per meeting, for roundups and single-meeting reports alike.
 */
public final class ReportReader {

    /** How a paragraph that goes on about the same meeting starts, in a roundup. */
    private static final Pattern MEETING_CONTINUES = Pattern.compile("^(?:会议|会上|会前|与会|他|她|座谈中|讲话中"
            + "|[一二三四五六七八九十]+是|[一二三四五六七八九十]要|第[一二三四五六七八九十]+[，、]|[（(][一二三四五六七八九十\\d]+[）)]|要|必须)");

    private static final Set<String> SHORT_NAMES = Set.of("市总工会", "区总工会", "县总工会", "省总工会", "市总", "区总", "县总", "省总");

    private final OrganizationDirectory directory;

    public ReportReader(OrganizationDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * Reads a report. {@code defaultDate} (may be null), typically the publication date, gives the
     * year, and for a bare day the month, when the text does not; a year is never made up otherwise.
     */
    public IngestedReport read(String text, LocalDate defaultDate) {
        ReportText cleaned = ReportText.of(text == null ? "" : text);
        ReportLayout layout = ReportLayout.of(cleaned.normalized());
        List<Account> accounts = accountsOf(layout.paragraphs());
        List<MeetingOpening> openings = accounts.stream().map(Account::opening).toList();
        List<Optional<String>> subjects =
                accounts.stream().map(Account::subject).toList();
        MeetingDates dates = new MeetingDates(layout, defaultDate);
        List<DraftMeeting> records = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            MeetingDates.Resolved date = dates.resolve(openings, i);
            List<String> warnings = new ArrayList<>(date.warnings());
            Optional<String> subject = subjects.get(i);
            if (subject.isEmpty()) {
                subject = subjectFromContext(subjects, i, layout);
                subject.ifPresentOrElse(
                        found -> warnings.add("原文未写明本次会议的主题，按上下文推定为“%s”".formatted(found)),
                        () -> warnings.add("未识别到会议传达学习的主题"));
            }
            DraftMeeting draft = draft(accounts.get(i), date.date(), subject, warnings, cleaned.normalized());
            if (seen.add(draft.organization() + "|" + draft.meetingTitle() + "|" + draft.date())) {
                records.add(draft);
            }
        }
        List<String> warnings = new ArrayList<>(cleaned.warnings());
        if (records.isEmpty()) {
            warnings.add("未识别到会议：请检查文中是否写明“某某工会召开……会议”");
        }
        return new IngestedReport(cleaned.normalized(), records, warnings);
    }

    private DraftMeeting draft(
            Account account, LocalDate date, Optional<String> subject, List<String> warnings, String wholeText) {
        MeetingOpening opening = account.opening();
        String organization = opening.organization();
        if (SHORT_NAMES.contains(organization)) {
            Optional<String> fullName = fullNameOf(organization, opening.place(), wholeText);
            if (fullName.isPresent()) {
                warnings.add("原文写作“%s”，按上下文推定为“%s”".formatted(organization, fullName.get()));
                organization = fullName.get();
            }
        }
        Optional<MatchedOrganization> matched = directory.find(organization);
        if (matched.isEmpty()) {
            warnings.add("组织“%s”未在组织树中找到，请人工选择".formatted(organization));
        }
        if (opening.kind() == MeetingKind.OTHER) {
            warnings.add("未能识别会议类型，已归为“其他”");
        }
        List<String> requirements = Requirements.in(account.sentencesAfterOpening());
        if (requirements.isEmpty()) {
            warnings.add("未识别到会议要求，请对照原文补充");
        }
        return new DraftMeeting(
                date,
                organization,
                matched.map(MatchedOrganization::id).orElse(null),
                opening.kind(),
                opening.title(),
                subject.orElse(null),
                requirements,
                account.sourceText(),
                warnings);
    }

    /** The subject of the nearest other meeting of the report, else of the headline or introduction. */
    private static Optional<String> subjectFromContext(
            List<Optional<String>> subjects, int index, ReportLayout layout) {
        for (int distance = 1; distance < subjects.size(); distance++) {
            for (int i : new int[] {index - distance, index + distance}) {
                if (i >= 0 && i < subjects.size() && subjects.get(i).isPresent()) {
                    return subjects.get(i);
                }
            }
        }
        List<String> context = new ArrayList<>(layout.headlines());
        if (!layout.paragraphs().isEmpty()) {
            context.add(layout.paragraphs().get(0));
        }
        return context.stream()
                .map(Subjects::anywhereIn)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The full name meant by a short name such as 市总工会: the place the paragraph starts with (【沈阳】)
     * joined to it, else the one full name in the report that ends with it.
     */
    private static Optional<String> fullNameOf(String shortName, String place, String text) {
        String suffix = shortName.endsWith("工会") ? shortName : shortName + "工会";
        if (place != null) {
            return Optional.of(place.endsWith(suffix.substring(0, 1)) ? place + suffix.substring(1) : place + suffix);
        }
        Matcher names = Pattern.compile("[\\p{IsHan}]{2,6}?" + suffix).matcher(text);
        Set<String> found = new LinkedHashSet<>();
        while (names.find()) {
            String name = names.group();
            if (!name.matches("^(?:各|全|我|本|该|有关|召开|举行).*")) {
                found.add(name);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Splits body paragraphs into accounts of meetings, each starting at a meeting opening. */
    private static List<Account> accountsOf(List<String> paragraphs) {
        List<Found> openings = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<String> sentences = Sentences.fullSentencesOf(paragraphs.get(p));
            for (int s = 0; s < sentences.size(); s++) {
                if (s == 0 || MeetingOpening.startsWithDate(sentences.get(s))) {
                    Optional<MeetingOpening> opening = MeetingOpening.read(sentences.get(s));
                    if (opening.isPresent()) {
                        openings.add(new Found(p, s, opening.get()));
                    }
                }
            }
        }
        boolean roundup = openings.size() > 1;
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < openings.size(); i++) {
            Found found = openings.get(i);
            Found next = i + 1 < openings.size() ? openings.get(i + 1) : null;
            String paragraph = paragraphs.get(found.paragraph());
            List<String> sentences = Sentences.fullSentencesOf(paragraph);
            boolean nextInSameParagraph = next != null && next.paragraph() == found.paragraph();
            int from = paragraph.indexOf(sentences.get(found.sentence()));
            int to = nextInSameParagraph ? paragraph.indexOf(sentences.get(next.sentence()), from) : paragraph.length();
            List<String> source =
                    new ArrayList<>(List.of(paragraph.substring(from, to).strip()));
            String rest = paragraph
                    .substring(
                            Math.min(to, from + sentences.get(found.sentence()).length()), to)
                    .replaceFirst("^[。！？!?]", "")
                    .strip();
            String openingRest =
                    found.opening().afterTitle().replaceFirst("^[，,：:]", "").strip();
            List<String> after = new ArrayList<>();
            after.add((openingRest.isEmpty() ? "" : openingRest + "。") + rest);
            int end = next == null ? paragraphs.size() : next.paragraph();
            for (int p = found.paragraph() + 1; !nextInSameParagraph && p < end; p++) {
                if (roundup && !MEETING_CONTINUES.matcher(paragraphs.get(p)).find()) {
                    break;
                }
                source.add(paragraphs.get(p));
                after.add(paragraphs.get(p));
            }
            accounts.add(new Account(found.opening(), after, String.join("\n", source)));
        }
        return accounts;
    }

    private record Found(int paragraph, int sentence, MeetingOpening opening) {}

    /** The text about one meeting: its opening, what follows in the paragraph, and paragraphs that go on about it. */
    private record Account(MeetingOpening opening, List<String> paragraphsAfterOpening, String sourceText) {

        List<List<String>> sentencesAfterOpening() {
            return paragraphsAfterOpening.stream().map(Sentences::of).toList();
        }

        Optional<String> subject() {
            return Subjects.find(
                    opening,
                    sentencesAfterOpening().stream().flatMap(List::stream).toList());
        }
    }
}
