/**
 * Turns a pasted union news report into draft meeting records for review, repairing web damage first.
 *
 * <p>{@link gonghui.campaign.ingestion.ReportReader} is the entry point. The text goes through {@code ReportText}
 * ({@code PageMarkup} removal of HTML, invisible characters and blank lines, {@code MojibakeRepair} of pinyin
 * annotations inserted inside GBK characters, {@code PinyinAnnotations} removal, {@code ChinesePunctuation}, then
 * {@code TraditionalToSimplified}, which equals OpenCC t2s), is laid out into page chrome, headline, dateline and body
 * lines that keep their offsets ({@code ReportLayout}, {@code Dateline}), and each sentence that opens a meeting
 * ({@code MeetingOpening}: date, organisation, meeting; the headline when the body opens none) starts a record whose
 * date ({@code MeetingDates}: body, dateline, headline, then a publication line within a month), organisation ({@code
 * OrganizationNames}: short names read in the text's region), subject ({@code Subjects}) and requirements ({@code
 * Requirements}) are read from the text that follows it. The genre's words are in {@code ReportWords}. Whatever a
 * reviewer should check is said in Simplified Chinese warnings.
 */
package gonghui.campaign.ingestion;
