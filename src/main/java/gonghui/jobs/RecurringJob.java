package gonghui.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Work a module wants done again and again, declared as a bean: it runs on one node of the cluster at a time, every
 * {@code interval} after the last run ended (overridden by {@code gonghui.jobs.<name>.interval}), unless
 * {@code gonghui.jobs.<name>.enabled=false}.
 *
 * @param name the job's name in the database and in its properties, such as {@code casework-deadlines}
 */
public record RecurringJob(String name, Duration interval, Runnable work) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    public RecurringJob {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Job names are lower-case words joined by hyphens: " + name);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Job " + name + " needs a positive interval");
        }
        Objects.requireNonNull(work);
    }
}
