/**
 * Accounts bound to one organisation node: login, API tokens, sessions in the database, account administration and
 * the audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "organization", "shared", "web"})
package gonghui.account;
