/**
 * Who is signed in and what they may do: roles grant capabilities with a scope (subtree, assigned cases, own
 * records) and, for approvals, an amount limit at the user's organisation level.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package gonghui.access;
