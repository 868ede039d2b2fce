/**
 * 急难愁盼 requests (12351-style work orders): a worker files one on the phone, a cadre on the 12351 line files one for
 * a caller, a problem reported at a service station becomes one; the union it went to accepts it (setting its
 * complexity and so its time limit), transfers it with a reason, handles and closes it with a result, and the worker
 * rates it and may reopen it when not satisfied — on the casework kit, with due-soon and overdue notices to the
 * handling union and the level above, and figures per subtree.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "casework",
            "document",
            "memberservice",
            "member",
            "station",
            "notification",
            "organization",
            "access",
            "shared",
            "web"
        })
package gonghui.request;
