/** Member rosters in and out: Excel and CSV imports run as resumable jobs, and streamed exports of member lists. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"member", "organization", "access", "account", "document", "jobs", "shared", "web"})
package gonghui.roster;
