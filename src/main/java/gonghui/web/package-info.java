/** The application shell: layout, navigation, login page, locale and error pages. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "shared"})
package gonghui.web;
