/** Members and their one lifelong membership record: join, transfer, retain, withdraw, with history. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "account", "shared", "web"})
package gonghui.member;
