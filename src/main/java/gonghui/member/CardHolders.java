package gonghui.member;

import static gonghui.organization.OrganizationSql.nameOf;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members found for the member service, not for a cadre: by the keyed hash of a mobile number the worker proved
 * (their own record), or by the member id a card carries. Nothing else of the member is read here.
 */
@Repository
public class CardHolders {

    private static final String COLUMNS = "select m.id, m.name, m.id_number_masked, m.organization_id, "
            + nameOf("m.organization_id") + " as organization_name, m.status, m.joined_on from member m";

    private final JdbcClient jdbc;

    CardHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member whose mobile number has this keyed hash; a current membership before a withdrawn one. */
    public Optional<CardHolder> findByMobileHash(String mobileHash) {
        return jdbc.sql(COLUMNS + " where m.mobile_hash = :hash order by case when m.status = 'WITHDRAWN' then 1"
                        + " else 0 end, m.id desc fetch first 1 rows only")
                .param("hash", mobileHash)
                .query(CardHolders::row)
                .optional();
    }

    /**
     * The member with this ID number's keyed hash, for joining online (一人一籍: a person already on record is
     * transferred, not registered twice).
     */
    public Optional<CardHolder> findByIdNumberHash(String idNumberHash) {
        return jdbc.sql(COLUMNS + " where m.id_number_hash = :hash")
                .param("hash", idNumberHash)
                .query(CardHolders::row)
                .optional();
    }

    /** Whether the member's recorded mobile number has this keyed hash: the worker who proved it is the member. */
    public boolean isMobileOf(long memberId, String mobileHash) {
        return jdbc.sql("select count(*) from member m where m.id = :id and m.mobile_hash = :hash")
                        .param("id", memberId)
                        .param("hash", mobileHash)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public Optional<CardHolder> find(long memberId) {
        return jdbc.sql(COLUMNS + " where m.id = :id")
                .param("id", memberId)
                .query(CardHolders::row)
                .optional();
    }

    private static CardHolder row(ResultSet rs, int row) throws SQLException {
        return new CardHolder(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("id_number_masked"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                MemberStatus.valueOf(rs.getString("status")),
                rs.getObject("joined_on", LocalDate.class));
    }
}
