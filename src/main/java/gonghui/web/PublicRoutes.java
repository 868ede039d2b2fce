package gonghui.web;

import java.util.List;

/**
 * Paths a module serves to anyone, without a sign-in (a station finder for workers on the street). A module declares
 * them as a bean; the security configuration opens exactly these and keeps every other path behind a sign-in. An API
 * pattern may name one method ({@code "POST /api/v1/join-applications"}) when the same path serves cadres for the
 * other methods: only that method passes without a cadre's sign-in (a worker's token is checked by the handler).
 */
public record PublicRoutes(List<String> pagePatterns, List<String> apiPatterns) {

    public PublicRoutes {
        pagePatterns = List.copyOf(pagePatterns);
        apiPatterns = List.copyOf(apiPatterns);
        for (String pattern : apiPatterns) {
            if (!pathOf(pattern).startsWith("/api/")) {
                throw new IllegalArgumentException("An API pattern starts with /api/: " + pattern);
            }
        }
    }

    /** Every module's public page patterns, plus the sign-in page and the error page. */
    public static String[] pages(List<PublicRoutes> routes) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("/login", "/error"),
                        routes.stream().flatMap(r -> r.pagePatterns().stream()))
                .toArray(String[]::new);
    }

    /** The HTTP method an API pattern is limited to, or null for every method. */
    public static String methodOf(String pattern) {
        int space = pattern.indexOf(' ');
        return space < 0 ? null : pattern.substring(0, space);
    }

    /** The path part of an API pattern. */
    public static String pathOf(String pattern) {
        int space = pattern.indexOf(' ');
        return space < 0 ? pattern : pattern.substring(space + 1);
    }

    /** Every module's public API patterns, plus the endpoint that issues tokens. */
    public static String[] api(List<PublicRoutes> routes) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("/api/v1/auth/token"),
                        routes.stream().flatMap(r -> r.apiPatterns().stream()))
                .toArray(String[]::new);
    }
}
