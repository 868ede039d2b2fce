package gonghui;

import gonghui.support.ApplicationTest;
import gonghui.support.FoundationScenario;

/** The platform scenario on the zero-setup H2 database. */
@ApplicationTest
class FoundationH2Tests extends FoundationScenario {}
