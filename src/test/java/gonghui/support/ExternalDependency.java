package gonghui.support;

import org.junit.jupiter.api.Assumptions;

/**
 * Decides what a test does when something outside the JVM (PostgreSQL, Chromium) is missing: skip with a visible
 * message on a developer machine, fail when {@code CI=true}.
 */
public final class ExternalDependency {

    private ExternalDependency() {}

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        String message = what + " is not available";
        if (isCi()) {
            throw new IllegalStateException(message + ", and CI=true requires it");
        }
        System.err.println("SKIPPED: " + message + " — these tests did not run");
        Assumptions.abort(message);
    }
}
