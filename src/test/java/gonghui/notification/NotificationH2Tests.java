package gonghui.notification;

import gonghui.support.ApplicationTest;

/** The notification scenario on the zero-setup H2 database. */
@ApplicationTest
class NotificationH2Tests extends NotificationScenario {}
