package gonghui.roster;

import gonghui.GonghuiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A second application node in its own process, for the kill test: starts on the given database with its worker
 * off, then claims and runs one import job until the test kills it.
 */
public final class RosterImportProcess {

    private RosterImportProcess() {}

    /** Arguments: the job id, then Spring Boot arguments (--spring.datasource.url=… and the personal-data keys). */
    public static void main(String[] args) {
        long id = Long.parseLong(args[0]);
        String[] boot = new String[args.length - 1];
        System.arraycopy(args, 1, boot, 0, boot.length);
        var app = new SpringApplicationBuilder(GonghuiApplication.class).run(boot);
        System.out.println("CLAIMING " + id);
        System.out.flush();
        app.getBean(ImportWorker.class).claimAndRun(id);
        System.out.println("FINISHED " + id);
        app.close();
    }
}
