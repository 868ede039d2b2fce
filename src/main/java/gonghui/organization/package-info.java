/** The union tree from the province down to workshops and teams, and the employers unions are set up in. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "shared", "web"})
package gonghui.organization;
