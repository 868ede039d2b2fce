package gonghui.campaign;

import gonghui.support.ApplicationTest;

/** The campaign scenario on the zero-setup H2 database. */
@ApplicationTest
class CampaignH2Tests extends CampaignScenario {}
