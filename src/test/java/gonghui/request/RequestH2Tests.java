package gonghui.request;

import gonghui.support.ApplicationTest;

/** 急难愁盼 requests on the zero-setup H2 database. */
@ApplicationTest
class RequestH2Tests extends RequestScenario {}
