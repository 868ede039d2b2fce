package gonghui.memberservice;

import gonghui.support.ApplicationTest;

/** Worker sign-in on the zero-setup H2 database. */
@ApplicationTest
class MemberSignInH2Tests extends MemberSignInScenario {}
