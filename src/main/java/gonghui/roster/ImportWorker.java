package gonghui.roster;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs queued imports: the job {@code roster-imports} (on one node at a time) marks jobs whose node went silent as
 * interrupted and claims queued jobs for this node's free workers with a conditional update, so each runs on one node
 * only. While this node runs jobs, its own heartbeat thread keeps them alive: liveness belongs to the node that runs
 * the work, so it is not a cluster job.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportJobs jobs;
    private final ImportRun run;
    private final RosterProperties limits;
    private final Clock clock;
    private final int workers;
    private final String node;
    private final ExecutorService executor;
    private final ScheduledExecutorService heartbeat;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    ImportWorker(
            ImportJobs jobs,
            ImportRun run,
            RosterProperties limits,
            Clock clock,
            @Value("${gonghui.roster.workers:1}") int workers,
            @Value("${gonghui.roster.heartbeat-interval:1s}") java.time.Duration heartbeatInterval) {
        this.jobs = jobs;
        this.run = run;
        this.limits = limits;
        this.clock = clock;
        this.workers = Math.max(1, workers);
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        this.executor = Executors.newFixedThreadPool(this.workers, task -> {
            Thread thread = new Thread(task, "roster-import-worker");
            thread.setDaemon(true);
            return thread;
        });
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "roster-import-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long millis = heartbeatInterval.toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One run of the job {@code roster-imports}. */
    void poll() {
        jobs.interruptStale(clock.instant().minus(limits.staleAfter()));
        if (running.size() >= workers) {
            return;
        }
        for (long id : jobs.queued(workers)) {
            if (running.size() < workers && jobs.claim(id, node, clock.instant())) {
                running.add(id);
                executor.execute(() -> runClaimed(id));
            }
        }
    }

    /** Runs a job this node claimed, then forgets it (also when it ends with an error, like a killed process). */
    ImportStatus runClaimed(long id) {
        try {
            return run.run(id);
        } catch (RuntimeException e) {
            log.error("Import {} stopped", id, e);
            throw e;
        } finally {
            running.remove(id);
        }
    }

    /** Claims and runs the job in the calling thread (the benchmark); fails if it is not queued any more. */
    ImportStatus claimAndRun(long id) {
        if (!jobs.claim(id, node, clock.instant())) {
            throw new IllegalStateException("Import " + id + " is not queued");
        }
        running.add(id);
        return runClaimed(id);
    }

    /** Keeps the jobs this node runs alive in the database. */
    private void beat() {
        try {
            jobs.heartbeat(List.copyOf(running), node, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Import heartbeat failed", e);
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        executor.shutdownNow();
    }
}
