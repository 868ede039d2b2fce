package gonghui.station;

import gonghui.support.ApplicationTest;

/** The station scenario on the zero-setup H2 database. */
@ApplicationTest
class StationH2Tests extends StationScenario {}
