package gonghui.roster;

import gonghui.support.ApplicationTest;

/** Roster imports and exports on the zero-setup H2 database (batched inserts). */
@ApplicationTest
class RosterImportH2Tests extends RosterImportScenario {}
