package gonghui.member;

import gonghui.shared.Gender;
import java.time.LocalDate;
import java.util.Map;

/**
 * One row of a bulk load after checking: either a member ready to store (numbers already encrypted, hashed and
 * masked) or the problems by field with reasons in Chinese.
 */
public final class PreparedMember {

    private final MemberRecord record;
    private final Map<String, String> problems;
    private final byte[] copyLine;

    private PreparedMember(MemberRecord record, Map<String, String> problems, byte[] copyLine) {
        this.record = record;
        this.problems = problems;
        this.copyLine = copyLine;
    }

    static PreparedMember of(MemberRecord.Checked checked, boolean withCopyLine) {
        return new PreparedMember(
                checked.record(),
                checked.problems(),
                withCopyLine && checked.record() != null
                        ? MemberCopy.line(checked.record()).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : null);
    }

    public boolean isValid() {
        return record != null;
    }

    /** Problems by field name of {@link NewMember} (name, idNumber, mobile, organizationId, category, occupation, joinedOn). */
    public Map<String, String> problems() {
        return problems;
    }

    /** The keyed hash of the ID number: the same person gives the same hash. */
    public String idNumberHash() {
        return record.idNumber().hash();
    }

    public long organizationId() {
        return record.organizationId();
    }

    /** The gender encoded in the ID number. */
    public Gender gender() {
        return record.gender();
    }

    /** The birth date encoded in the ID number. */
    public LocalDate birthDate() {
        return record.birthDate();
    }

    MemberRecord record() {
        return record;
    }

    /** The COPY row, made while checking (in parallel) so that the writer only sends it; null when not on COPY. */
    byte[] copyLine() {
        return copyLine;
    }
}
