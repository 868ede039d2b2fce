/**
 * Turns a pasted union news report into draft meeting records for review, repairing web damage first.
 *
 * <p>{@link gonghui.campaign.ingestion.ReportReader} is the entry point. The text goes through
 * {@code ReportText} (drop invisible characters and blank lines, {@code MojibakeRepair} of pinyin
 * annotations inserted inside GBK characters, {@code PinyinAnnotations} removal, {@code
 * ChinesePunctuation}, then {@code TraditionalToSimplified}, which equals OpenCC t2s), is laid out
 * into headline, page furniture and paragraphs ({@code ReportLayout}), and each sentence that opens
 * a meeting ({@code MeetingOpening}: date, organisation, meeting) starts a record whose date ({@code
 * MeetingDates}), subject ({@code Subjects}) and requirements ({@code Requirements}) are read from
 * the text that follows it. Whatever a reviewer should check is said in Simplified Chinese warnings.
 */
package gonghui.campaign.ingestion;
