/** Campaigns: directives relayed down the union tree, meetings and outreach, supervised tasks, compiled reports. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "access", "casework", "document", "shared", "web"})
package gonghui.campaign;
