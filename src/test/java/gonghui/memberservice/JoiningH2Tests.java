package gonghui.memberservice;

import gonghui.support.ApplicationTest;

/** Joining online on the zero-setup H2 database. */
@ApplicationTest
class JoiningH2Tests extends JoiningScenario {}
