package gonghui.notification;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The inbox: every notification is in it as soon as it is stored, whoever it is addressed to. */
@Component
@Order(1)
class InAppChannel implements Channel {

    @Override
    public String name() {
        return "IN_APP";
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return true;
    }

    @Override
    public Attempt deliver(long notificationId, Recipient recipient, Message message) {
        return new Attempt(Status.DELIVERED, null);
    }
}
