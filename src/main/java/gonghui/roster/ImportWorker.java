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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs queued imports on this node: claims a job in the database (so each runs on one node only), keeps its
 * heartbeat while it runs, and marks jobs whose node went silent as interrupted.
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
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final boolean enabled;

    ImportWorker(
            ImportJobs jobs,
            ImportRun run,
            RosterProperties limits,
            Clock clock,
            @Value("${gonghui.roster.workers:1}") int workers,
            @Value("${gonghui.roster.worker-enabled:true}") boolean enabled) {
        this.enabled = enabled;
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
    }

    @Scheduled(fixedDelayString = "${gonghui.roster.poll-interval:1000}", initialDelay = 1000)
    void poll() {
        if (!enabled) {
            return;
        }
        jobs.heartbeat(List.copyOf(running), node, clock.instant());
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

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
