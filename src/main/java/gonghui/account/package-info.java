/** Users bound to one organisation node with a role, login, API tokens, subtree scope and the audit log. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package gonghui.account;
