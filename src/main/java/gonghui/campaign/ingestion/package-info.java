/** Turns a pasted union news report into reviewed draft meeting records, repairing web damage first. */
package gonghui.campaign.ingestion;
