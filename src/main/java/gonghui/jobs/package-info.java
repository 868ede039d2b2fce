/**
 * Recurring work on db-scheduler, in the database: each job runs on one node of the cluster at a time, and each has
 * a switch, {@code gonghui.jobs.<name>.enabled} (default on), that keeps this node from running it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package gonghui.jobs;
