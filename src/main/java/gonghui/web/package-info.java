/** The application shell: layout, navigation, login and password pages, locale and error pages. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "shared"})
package gonghui.web;
