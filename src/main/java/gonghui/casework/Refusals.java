package gonghui.casework;

import gonghui.shared.RejectedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Refusals worded from the message bundles in the language of the request. */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    RejectedException refuse(String field, String key, Object... arguments) {
        return new RejectedException(field, text(key, arguments));
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
