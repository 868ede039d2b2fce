package gonghui.web;

import gonghui.access.CurrentUser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/** What every page template needs besides its own data: the user, locale, messages and CSRF token. */
public record Page(
        CurrentUser user,
        boolean demo,
        CsrfToken csrf,
        Locale locale,
        MessageSource messages,
        String path,
        Supplier<List<Link>> navigationLinks) {

    /**
     * The navigation bar's links with their badge counts, asked only when the layout is rendered: API calls and htmx
     * fragments never pay for the counts.
     */
    public List<Link> navigation() {
        return navigationLinks.get();
    }

    /** A navigation link as shown: where, its text key, and the count of its badge (0: none). */
    public record Link(String path, String labelKey, long badge) {

        /** The badge as shown: "99+" beyond 99. */
        public String badgeText() {
            return badge > 99 ? "99+" : Long.toString(badge);
        }
    }

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The display name of an enum constant, from the message key {@code SimpleName.CONSTANT}. */
    public String label(Enum<?> value) {
        return value == null ? "" : t(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A date as people read it: 2024年7月22日 in Chinese. */
    public String date(LocalDate date) {
        return date(date, locale);
    }

    /** A date as readers of {@code locale} write it, for text rendered outside a page (messages, API). */
    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return isEnglish(locale) ? ENGLISH_DATE.format(date) : CHINESE_DATE.format(date);
    }

    public boolean isEnglish() {
        return isEnglish(locale);
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    public String htmlLang() {
        return isEnglish() ? "en" : "zh-CN";
    }

    public boolean isActive(String prefix) {
        return path != null && path.startsWith(prefix);
    }

    /** The htmx request header carrying the CSRF token, as a JSON object for {@code hx-headers}. */
    public String htmxHeaders() {
        return csrf == null ? "{}" : "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
    }
}
