package gonghui.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An insert that a unique key may refuse — the second of two identical submissions, or of two racing requests — run
 * in a savepoint, so the surrounding transaction goes on to find the record that won (PostgreSQL refuses every
 * statement of a transaction after a failed one). Empty when the key was taken.
 */
@Component
public class UniqueInsert {

    private final TransactionTemplate savepoint;

    UniqueInsert(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public <T> Optional<T> unlessTaken(Supplier<T> insert) {
        try {
            return Optional.ofNullable(savepoint.execute(status -> insert.get()));
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
    }
}
