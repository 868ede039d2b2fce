package gonghui.notification;

import gonghui.organization.OrganizationTree;
import gonghui.web.Page;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns stored messages into the sentences a reader sees, in the reader's language, at the time of reading. */
@Component
record MessageText(MessageSource messages, OrganizationTree tree) {

    /** Renders many messages with one look-up of the organisation names they and {@code extraOrganizations} need. */
    Rendering prepare(Collection<Message> batch, Collection<Long> extraOrganizations, Locale locale) {
        Set<Long> organizations = new HashSet<>(extraOrganizations);
        for (Message message : batch) {
            for (Argument argument : message.arguments()) {
                if (argument.kind() == Argument.Kind.ORGANIZATION) {
                    organizations.add(Long.parseLong(argument.value()));
                }
            }
        }
        return new Rendering(organizations.isEmpty() ? Map.of() : tree.names(organizations), locale);
    }

    /** Messages and organisation names for one locale. */
    final class Rendering {

        private final Map<Long, String> names;
        private final Locale locale;

        private Rendering(Map<Long, String> names, Locale locale) {
            this.names = names;
            this.locale = locale;
        }

        String text(Message message) {
            Object[] values = message.arguments().stream().map(this::value).toArray();
            return messages.getMessage(message.key(), values, message.key(), locale);
        }

        String organizationName(long id) {
            return names.getOrDefault(id, "");
        }

        private String value(Argument argument) {
            return switch (argument.kind()) {
                case TEXT -> argument.value();
                case LABEL -> messages.getMessage(argument.value(), null, argument.value(), locale);
                case DATE -> Page.date(LocalDate.parse(argument.value()), locale);
                case ORGANIZATION -> organizationName(Long.parseLong(argument.value()));
            };
        }
    }
}
