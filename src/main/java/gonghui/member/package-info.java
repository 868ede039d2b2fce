/** Members and their one lifelong membership record: join, transfer, retain, withdraw, with history. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "access", "account", "shared", "web"})
package gonghui.member;
