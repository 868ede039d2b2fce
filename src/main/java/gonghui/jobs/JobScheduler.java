package gonghui.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs this node's share of the {@link RecurringJob}s on db-scheduler. A node picks a due execution with a
 * conditional update of its row in {@code scheduled_tasks}, so two nodes never run the same job at once; a job that
 * is switched off on a node is not known to that node's scheduler, which therefore never picks it.
 */
@Component
class JobScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final DataSource dataSource;
    private final List<RecurringJob> jobs;
    private final Environment environment;
    private Scheduler scheduler;

    JobScheduler(DataSource dataSource, ObjectProvider<RecurringJob> jobs, Environment environment) {
        this.dataSource = dataSource;
        this.jobs = jobs.orderedStream().toList();
        this.environment = environment;
    }

    /** The jobs this node runs, with the interval from configuration where one is set. */
    List<RecurringJob> enabledJobs() {
        List<RecurringJob> enabled = new ArrayList<>();
        for (RecurringJob job : jobs) {
            String prefix = "gonghui.jobs." + job.name();
            if (environment.getProperty(prefix + ".enabled", Boolean.class, true)) {
                Duration interval = environment.getProperty(prefix + ".interval", Duration.class, job.interval());
                enabled.add(new RecurringJob(job.name(), interval, job.work()));
            }
        }
        return enabled;
    }

    @Override
    public synchronized void start() {
        List<RecurringTask<Void>> tasks = new ArrayList<>();
        for (RecurringJob job : enabledJobs()) {
            tasks.add(Tasks.recurring(job.name(), Schedules.fixedDelay(job.interval()))
                    .execute((instance, context) -> job.work().run()));
        }
        scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .schedulerName(new SchedulerName.Fixed(new SchedulerName.Hostname().getName() + "-"
                        + UUID.randomUUID().toString().substring(0, 8)))
                .pollingInterval(
                        environment.getProperty("gonghui.jobs.polling-interval", Duration.class, Duration.ofSeconds(1)))
                .heartbeatInterval(environment.getProperty(
                        "gonghui.jobs.heartbeat-interval", Duration.class, Duration.ofSeconds(30)))
                .threads(environment.getProperty("gonghui.jobs.threads", Integer.class, 2))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        scheduler.start();
        log.info(
                "Jobs on this node: {}; switched off: {}",
                tasks.stream().map(RecurringTask::getName).toList(),
                jobs.stream()
                        .map(RecurringJob::name)
                        .filter(name ->
                                tasks.stream().noneMatch(t -> t.getName().equals(name)))
                        .toList());
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
