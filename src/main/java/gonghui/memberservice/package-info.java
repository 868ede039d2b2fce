/**
 * The member service on the worker's phone: sign-in by mobile number and a one-time SMS code, and the worker's own
 * page, the e-member card, and joining a union online (入会申请) or moving a membership (会籍接转) with the
 * union's review on the casework kit.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "member",
            "organization",
            "casework",
            "notification",
            "document",
            "access",
            "shared",
            "web"
        })
package gonghui.memberservice;
