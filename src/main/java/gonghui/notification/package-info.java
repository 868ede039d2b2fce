/**
 * Notifications to an organisation, an account or a member: a message key with arguments, rendered in the reader's
 * language, read in an inbox and delivered through channels; fed by other modules' events.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"campaign", "organization", "access", "web", "shared"})
package gonghui.notification;
