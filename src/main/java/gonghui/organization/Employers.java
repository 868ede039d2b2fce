package gonghui.organization;

import gonghui.shared.CreditCode;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Employers as each union recorded them. An employer row belongs to the union that entered it: the same credit code
 * may stand under unions of several cities (a company with branches, or a typing error), and one union's edit never
 * changes what another union sees.
 */
@Component
record Employers(JdbcClient jdbc) {
    /** A new employer row for a union being created. */
    long register(CreditCode code, String name, Integer employeeCount) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into employer (credit_code, name, employee_count) values (:code, :name, :count)")
                .param("code", code.value())
                .param("name", name)
                .param("count", employeeCount)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * The employer of an existing union with new details: its own row is changed in place; a row it shares with
     * another union (recorded before employers were kept per union) is left alone and the union gets a row of its own.
     */
    long saveFor(long organizationId, CreditCode code, String name, Integer employeeCount) {
        Optional<Long> own = jdbc.sql("select o.employer_id from organization o where o.id = :org"
                        + " and o.employer_id is not null and not exists (select 1 from organization other"
                        + " where other.employer_id = o.employer_id and other.id <> o.id)")
                .param("org", organizationId)
                .query(Long.class)
                .optional();
        if (own.isEmpty()) {
            return register(code, name, employeeCount);
        }
        jdbc.sql("update employer set credit_code = :code, name = :name, employee_count = :count where id = :id")
                .param("code", code.value())
                .param("name", name)
                .param("count", employeeCount)
                .param("id", own.get())
                .update();
        return own.get();
    }
}
