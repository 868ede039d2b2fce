package gonghui.roster;

/** Why a row was refused: its row number in the file, the column as headed in the file, and the reason in Chinese. */
public record ImportError(long row, String column, String message) {}
