package gonghui.casework;

/** How a date differs from the usual week (Monday to Friday work, Saturday and Sunday rest). */
public enum DayKind {
    /** A day off of a statutory holiday or its adjusted break, whatever the weekday. */
    HOLIDAY,
    /** A Saturday or Sunday made a working day to bridge a holiday (调休上班). */
    WORKING_DAY
}
