package gonghui.notification;

import org.springframework.stereotype.Component;

/** No SMS provider: says so, and refuses to pretend it sent anything. A provider's gateway replaces this class. */
@Component
class UnconfiguredSmsGateway implements SmsGateway {

    @Override
    public boolean isConfigured() {
        return false;
    }

    @Override
    public void send(String mobile, String messageKey, Object... arguments) {
        throw new IllegalStateException("No SMS provider is configured");
    }
}
