package gonghui.account;

import gonghui.support.ApplicationTest;

/** The account administration scenario on the zero-setup H2 database. */
@ApplicationTest
class AccountAdministrationH2Tests extends AccountAdministrationScenario {}
