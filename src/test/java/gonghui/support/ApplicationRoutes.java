package gonghui.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes the application maps, read from its own request mappings, so that sweeps over "every route" notice a
 * new one. A route's record kind is the path segment before its id ({@code /members/{id}/edit} → {@code members}).
 */
public final class ApplicationRoutes {

    /** Path variables that name no record of a subtree: years and days of the one provincial calendar, formats. */
    private static final Set<String> NOT_RECORDS = Set.of("year", "date", "format");

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

    private ApplicationRoutes() {}

    /** One HTTP method on one path pattern, with the controller method behind it. */
    public record Route(String method, String pattern, HandlerMethod handler) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }

        public boolean isApi() {
            return pattern.startsWith("/api/");
        }

        /** The kind of record the route's id names, or null when it names none. */
        public String recordKind() {
            String[] segments = pattern.split("/");
            for (int i = 1; i < segments.length; i++) {
                Matcher variable = VARIABLE.matcher(segments[i]);
                if (variable.find() && !NOT_RECORDS.contains(variable.group(1))) {
                    return segments[i - 1];
                }
            }
            return null;
        }

        /** The path with the record id filled in, the current year and day, and the first allowed format. */
        public String path(LongSupplier recordId) {
            Matcher variable = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                String value = switch (variable.group(1)) {
                    case "year" -> Integer.toString(LocalDate.now().getYear());
                    case "date" -> LocalDate.now().toString();
                    case "format" ->
                        variable.group(2) != null ? variable.group(2).split("\\|")[0] : "xlsx";
                    default -> Long.toString(recordId.getAsLong());
                };
                variable.appendReplacement(path, value);
            }
            variable.appendTail(path);
            return path.toString();
        }

        /** The request parameters the route requires, each with a well-formed value (text as given). */
        public List<String[]> requiredParameters(String text) {
            List<String[]> parameters = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null && param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE)) {
                    String name = param.name().isEmpty() ? param.value() : param.name();
                    parameters.add(new String[] {
                        name.isEmpty() ? parameter.getParameterName() : name, sample(parameter.getParameterType(), text)
                    });
                }
            }
            return parameters;
        }
    }

    public static List<Route> all(RequestMappingHandlerMapping mappings) {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route("GET", pattern, handler));
                }
                for (RequestMethod method : methods) {
                    routes.add(new Route(method.name(), pattern, handler));
                }
            }
        });
        return routes;
    }

    private static String sample(Class<?> type, String text) {
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == LocalDate.class) {
            return LocalDate.now().toString();
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "1";
        }
        return text;
    }
}
