/** Campaigns: directives relayed down the union tree, meetings and outreach, supervised tasks, compiled reports. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "account", "casework", "document", "shared", "web"})
package gonghui.campaign;
