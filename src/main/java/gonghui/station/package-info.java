/**
 * Service stations (工会驿站) where outdoor workers rest, drink, warm up and charge their phones: the registry kept by
 * the unions that run them, and the public finder of the nearest station open now.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "access", "document", "shared", "web"})
package gonghui.station;
