/**
 * First start: Liaoning's demo tree, synthetic (never real) members and demo accounts in demo mode, otherwise an
 * initial administrator.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data and first start",
        allowedDependencies = {"member", "organization", "account", "access", "shared"})
package gonghui.demo;
