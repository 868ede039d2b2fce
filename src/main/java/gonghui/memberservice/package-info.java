/**
 * The member service on the worker's phone: sign-in by mobile number and a one-time SMS code, and the worker's own
 * page. (Joining online, the e-member card and requests build on it.)
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"member", "notification", "document", "access", "shared", "web"})
package gonghui.memberservice;
