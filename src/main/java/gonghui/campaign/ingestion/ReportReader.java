package gonghui.campaign.ingestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a published union report, Simplified or Traditional and possibly damaged on the web, into
 * draft meeting records for review: one per meeting, for roundups and single-meeting reports alike.
 */
public final class ReportReader {

    /** How a paragraph that goes on about the same meeting starts, in a roundup. */
    private static final Pattern MEETING_CONTINUES = Pattern.compile("^(?:会议|会上|会前|与会|他|她|座谈中|讲话中"
            + "|[一二三四五六七八九十]+是|[一二三四五六七八九十]要|第[一二三四五六七八九十]+[，、]|[（(][一二三四五六七八九十\\d]+[）)]|要|必须)");

    /** Column tags and picture marks around a headline: 【院部来风】, [图]. */
    private static final Pattern HEADLINE_TAGS = Pattern.compile("【[^】]{0,12}】|\\[图]|（图）|\\(图\\)");
    /** Where a headline with a kicker is split: 贯彻落实…精神 | 通州区总工会传达学习…. */
    private static final Pattern HEADLINE_PARTS = Pattern.compile("\\s*[|｜丨]\\s*|\\s{2,}");

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
        String normalized = cleaned.normalized();
        ReportLayout layout = ReportLayout.of(normalized);
        Optional<MeetingOpening> headline = headlineOpening(layout);
        List<Account> accounts = accountsOf(layout, normalized, headline);
        if (accounts.isEmpty() && headline.isPresent()) {
            accounts = List.of(headlineAccount(layout, normalized, headline.get()));
        }
        List<MeetingOpening> openings = accounts.stream().map(Account::opening).toList();
        List<Optional<String>> subjects =
                accounts.stream().map(Account::subject).toList();
        MeetingDates dates = new MeetingDates(layout, defaultDate);
        OrganizationNames names = new OrganizationNames(normalized, directory);
        List<DraftMeeting> records = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            MeetingDates.Resolved date = dates.resolve(openings, i);
            List<String> warnings = new ArrayList<>(accounts.get(i).notes());
            warnings.addAll(date.warnings());
            Optional<String> subject = subjects.get(i);
            if (subject.isEmpty()) {
                subject = subjectFromContext(subjects, i, layout);
                subject.ifPresentOrElse(
                        found -> warnings.add("原文未写明本次会议的主题，按上下文推定为“%s”".formatted(found)),
                        () -> warnings.add("未识别到会议传达学习的主题"));
            }
            DraftMeeting draft = draft(accounts.get(i), date.date(), subject, warnings, names);
            if (seen.add(draft.organization() + "|" + draft.meetingTitle() + "|" + draft.date())) {
                records.add(draft);
            }
        }
        List<String> warnings = new ArrayList<>(cleaned.warnings());
        if (records.isEmpty()) {
            warnings.add("未识别到会议：请检查文中是否写明“某某工会召开……会议”");
        }
        return new IngestedReport(normalized, records, warnings);
    }

    private DraftMeeting draft(
            Account account, LocalDate date, Optional<String> subject, List<String> warnings, OrganizationNames names) {
        MeetingOpening opening = account.opening();
        String organization = opening.organization();
        Optional<String> fullName = names.fullNameOf(organization, opening.place());
        if (fullName.isPresent()) {
            warnings.add("原文写作“%s”，按上下文推定为“%s”".formatted(organization, fullName.get()));
            organization = fullName.get();
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

    /** The headline read as a meeting opening (某省总工会召开党组会议传达学习…), trying each part of a split headline. */
    private static Optional<MeetingOpening> headlineOpening(ReportLayout layout) {
        Optional<ReportLayout.Line> headline = layout.headline();
        if (headline.isEmpty()) {
            return Optional.empty();
        }
        String text =
                HEADLINE_TAGS.matcher(headline.get().text()).replaceAll("").strip();
        for (String part : HEADLINE_PARTS.split(text)) {
            Optional<MeetingOpening> opening = MeetingOpening.read(part.strip());
            if (opening.isPresent()) {
                return opening;
            }
        }
        return Optional.empty();
    }

    /**
     * A single-meeting report whose body does not open the meeting (会议指出…): organiser, meeting and subject come from
     * the headline, the date from the first body sentence if it starts with one, and the account spans headline to end.
     */
    private static Account headlineAccount(ReportLayout layout, String normalized, MeetingOpening headline) {
        List<ReportLayout.Line> body = layout.body();
        ReportLayout.Line line = layout.headline().orElseThrow();
        Optional<DateMention> date = headline.date();
        if (date.isEmpty() && !body.isEmpty()) {
            String first = Sentences.fullSentencesOf(body.get(0).text()).stream()
                    .findFirst()
                    .orElse("");
            date = MeetingOpening.leadingDate(first);
        }
        MeetingOpening opening = headline.withDate(date);
        int end = body.isEmpty() ? line.end() : body.get(body.size() - 1).end();
        List<String> after = body.stream()
                .map(ReportLayout.Line::text)
                .map(text -> text.substring(Dateline.at(text).length()))
                .toList();
        return new Account(
                opening,
                after,
                normalized.substring(line.start(), end),
                List.of("会议的组织和名称取自标题“%s”".formatted(line.text())));
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

    /** Splits body paragraphs into accounts of meetings, each starting at a meeting opening. */
    private static List<Account> accountsOf(ReportLayout layout, String normalized, Optional<MeetingOpening> headline) {
        List<ReportLayout.Line> lines = layout.body();
        List<String> paragraphs = lines.stream().map(ReportLayout.Line::text).toList();
        List<Found> openings = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<String> sentences = Sentences.fullSentencesOf(paragraphs.get(p));
            for (int s = 0; s < sentences.size(); s++) {
                if (s == 0 || MeetingOpening.startsWithDate(sentences.get(s))) {
                    boolean first = openings.isEmpty() && headline.isPresent();
                    Optional<MeetingOpening> opening = MeetingOpening.read(sentences.get(s), first);
                    if (opening.isPresent() && !opening.get().hasOrganization()) {
                        MeetingOpening organizer = headline.orElseThrow();
                        openings.add(new Found(
                                p,
                                s,
                                opening.get().organizedBy(organizer),
                                List.of("会议的组织取自标题：“%s”".formatted(organizer.organization()))));
                    } else if (opening.isPresent()) {
                        openings.add(new Found(p, s, opening.get(), List.of()));
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
            int last = found.paragraph();
            for (int p = found.paragraph() + 1; !nextInSameParagraph && p < end; p++) {
                if (roundup && !MEETING_CONTINUES.matcher(paragraphs.get(p)).find()) {
                    break;
                }
                after.add(paragraphs.get(p));
                last = p;
            }
            int sourceStart = lines.get(found.paragraph()).start() + from;
            int sourceEnd = nextInSameParagraph
                    ? lines.get(found.paragraph()).start() + to
                    : lines.get(last).end();
            accounts.add(new Account(
                    found.opening(),
                    after,
                    normalized.substring(sourceStart, sourceEnd).strip(),
                    found.notes()));
        }
        if (accounts.size() == 1 && headline.isPresent()) {
            accounts.set(0, accounts.get(0).completedBy(headline.get()));
        }
        return accounts;
    }

    private record Found(int paragraph, int sentence, MeetingOpening opening, List<String> notes) {}

    /**
     * The text about one meeting: its opening, what follows in the paragraph, paragraphs that go on about it, the
     * stretch of the normalised text it was read from, and notes on where fields came from.
     */
    private record Account(
            MeetingOpening opening, List<String> paragraphsAfterOpening, String sourceText, List<String> notes) {

        List<List<String>> sentencesAfterOpening() {
            return paragraphsAfterOpening.stream().map(Sentences::of).toList();
        }

        Optional<String> subject() {
            return Subjects.find(
                    opening,
                    sentencesAfterOpening().stream().flatMap(List::stream).toList());
        }

        /**
         * A single meeting whose body leaves out what the headline says: the headline's full name for a short one (丹东市
         * 总工会 for 市总工会, 市总工会 for 总工会), its meeting kind for an unnamed 会议 of the same organiser (its subject
         * is taken from the headline when needed, see subjectFromContext).
         */
        Account completedBy(MeetingOpening headline) {
            String written = opening.organization();
            String full = headline.organization();
            boolean sameOrganizer =
                    full.equals(written) || full.endsWith(written.endsWith("工会") ? written : written + "工会");
            if (!sameOrganizer) {
                return this;
            }
            MeetingOpening completed = opening;
            List<String> added = new ArrayList<>(notes);
            if (!full.equals(written)) {
                completed = completed.organizedBy(headline);
                added.add("原文写作“%s”，按上下文推定为“%s”".formatted(written, full));
            }
            if (opening.kind() == MeetingKind.OTHER && headline.kind() != MeetingKind.OTHER) {
                completed = completed.titled(headline.title(), headline.kind());
                added.add("会议类型取自标题：“%s”".formatted(headline.title()));
            }
            return new Account(completed, paragraphsAfterOpening, sourceText, added);
        }
    }
}
