package gonghui.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders message keys with their arguments in the language of the current request, and in Simplified Chinese
 * outside a request (jobs, events) or when none was chosen.
 */
@Component
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String of(MessageSourceResolvable message) {
        return messages.getMessage(message, locale());
    }

    public String of(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale());
    }

    private static Locale locale() {
        var context = LocaleContextHolder.getLocaleContext();
        Locale chosen = context == null ? null : context.getLocale();
        return chosen == null ? Locale.SIMPLIFIED_CHINESE : chosen;
    }
}
