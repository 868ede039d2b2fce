package gonghui.campaign.report;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.shared.RejectedException;
import gonghui.shared.UniqueInsert;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roundup as a cadre edited it, saved per directive and per node it was compiled for, so that an edit survives a
 * reload and a colleague sees it; discarding it goes back to the text compiled from the records.
 */
@Component
public class ReportDrafts {

    private static final int TITLE_LENGTH = 300;
    private static final int PARAGRAPH_LENGTH = 8000;
    private static final int PARAGRAPHS = 400;

    private final JdbcClient jdbc;
    private final UniqueInsert once;
    private final Clock clock;

    ReportDrafts(JdbcClient jdbc, UniqueInsert once, Clock clock) {
        this.jdbc = jdbc;
        this.once = once;
        this.clock = clock;
    }

    /** A saved draft: the text and who saved it when. */
    public record Draft(CompiledReport report, String savedBy, LocalDateTime savedAt) {}

    Optional<Draft> find(long directiveId, long organizationId) {
        record Head(long id, String title, String savedBy, LocalDateTime savedAt) {}
        return jdbc.sql("select id, title, saved_by, saved_at from report_draft where directive_id = :directive and"
                        + " organization_id = :organization")
                .param("directive", directiveId)
                .param("organization", organizationId)
                .query((rs, row) -> new Head(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("saved_by"),
                        rs.getObject("saved_at", LocalDateTime.class)))
                .optional()
                .map(head -> new Draft(
                        new CompiledReport(head.title(), paragraphs(head.id())), head.savedBy(), head.savedAt()));
    }

    /** Saves the edited text over the earlier draft of the same directive and node. */
    @Transactional
    void save(long directiveId, long organizationId, CompiledReport report, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        String title = report.title() == null ? "" : report.title().strip();
        if (title.isEmpty() || title.length() > TITLE_LENGTH) {
            throw new RejectedException("title", "campaign.rejected.reportDraftTitle", TITLE_LENGTH);
        }
        List<String> paragraphs = report.paragraphs().stream()
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
        if (paragraphs.size() > PARAGRAPHS || paragraphs.stream().anyMatch(p -> p.length() > PARAGRAPH_LENGTH)) {
            throw new RejectedException("paragraph", "campaign.rejected.reportDraftTooLong", PARAGRAPH_LENGTH);
        }
        long id = draftId(directiveId, organizationId, title, user);
        jdbc.sql("delete from report_draft_paragraph where draft_id = :id")
                .param("id", id)
                .update();
        for (int i = 0; i < paragraphs.size(); i++) {
            jdbc.sql("insert into report_draft_paragraph (draft_id, position, text) values (:id, :position, :text)")
                    .param("id", id)
                    .param("position", i + 1)
                    .param("text", paragraphs.get(i))
                    .update();
        }
    }

    /** Drops the draft: the preview shows the text compiled from the records again. */
    @Transactional
    void discard(long directiveId, long organizationId, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        jdbc.sql("delete from report_draft_paragraph where draft_id in (select id from report_draft where"
                        + " directive_id = :directive and organization_id = :organization)")
                .param("directive", directiveId)
                .param("organization", organizationId)
                .update();
        jdbc.sql("delete from report_draft where directive_id = :directive and organization_id = :organization")
                .param("directive", directiveId)
                .param("organization", organizationId)
                .update();
    }

    /** The draft's row, written now: created once for the directive and node (two savers race for one row). */
    private long draftId(long directiveId, long organizationId, String title, CurrentUser user) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Long> created = once.unlessTaken(() -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into report_draft (directive_id, organization_id, title, saved_by, saved_at) values"
                            + " (:directive, :organization, :title, :by, :now)")
                    .param("directive", directiveId)
                    .param("organization", organizationId)
                    .param("title", title)
                    .param("by", user.displayName())
                    .param("now", now)
                    .update(keys, "id");
            return keys.getKeyAs(Number.class).longValue();
        });
        if (created.isPresent()) {
            return created.get();
        }
        jdbc.sql("update report_draft set title = :title, saved_by = :by, saved_at = :now where directive_id ="
                        + " :directive and organization_id = :organization")
                .param("title", title)
                .param("by", user.displayName())
                .param("now", now)
                .param("directive", directiveId)
                .param("organization", organizationId)
                .update();
        return jdbc.sql("select id from report_draft where directive_id = :directive and organization_id ="
                        + " :organization")
                .param("directive", directiveId)
                .param("organization", organizationId)
                .query(Long.class)
                .single();
    }

    private List<String> paragraphs(long draftId) {
        return jdbc.sql("select text from report_draft_paragraph where draft_id = :id order by position")
                .param("id", draftId)
                .query(String.class)
                .list();
    }
}
