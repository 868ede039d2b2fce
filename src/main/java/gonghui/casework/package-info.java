/**
 * Casework: the kit every module with a lifecycle uses — typed states with allowed transitions, each requiring a
 * capability; a timeline per case (who, when, what as a message key and arguments, note, attachments); due dates on
 * the working-day calendar of mainland China; and one cluster-safe sweeper that raises due-soon and overdue events.
 *
 * <p>Who owns which table. A case is named by its type and the owning module's own record id (a campaign task's id
 * is its case id), so the module keeps its business table exactly as before, minus the lifecycle. The kit stores
 * the lifecycle — state, owner organisation, due date, which deadline alerts were raised — and the timeline in its
 * own tables, because three things must read them without reading any module's tables: the transition check (one
 * place decides what is allowed and records it), the sweeper (one query over the cases of every module), and later
 * a cross-module "my due cases" list. A module that filters or sorts its own lists by state or due date puts the
 * kit's {@link gonghui.casework.CaseColumns} into its SQL, as it puts {@code Subtree} for the union tree: only
 * this package knows how the kit's tables look. The kit never reads a module's table.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "account", "jobs", "shared", "web"})
package gonghui.casework;
