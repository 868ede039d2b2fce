package gonghui.organization;

import gonghui.shared.CreditCode;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Employers, identified by their unified social credit code. */
@Repository
class Employers {

    private final JdbcClient jdbc;

    Employers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The employer with this code, created or updated with the given name and headcount. */
    long save(CreditCode code, String name, Integer employeeCount) {
        Optional<Long> existing = jdbc.sql("select id from employer where credit_code = :code")
                .param("code", code.value())
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            jdbc.sql("update employer set name = :name, employee_count = :count where id = :id")
                    .param("name", name)
                    .param("count", employeeCount)
                    .param("id", existing.get())
                    .update();
            return existing.get();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into employer (credit_code, name, employee_count) values (:code, :name, :count)")
                .param("code", code.value())
                .param("name", name)
                .param("count", employeeCount)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
