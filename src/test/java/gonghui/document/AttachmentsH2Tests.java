package gonghui.document;

import gonghui.support.ApplicationTest;

/** The attachment scenario on the zero-setup H2 database. */
@ApplicationTest
class AttachmentsH2Tests extends AttachmentScenario {}
