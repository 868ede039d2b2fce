package gonghui.station;

/**
 * Someone reported a problem at a station (locked, broken, no water …), with their comment if any; the union that
 * runs the station is to be told and to deal with it.
 *
 * @param feedbackId the feedback that carried the report, once per report
 */
public record StationProblemReported(
        long feedbackId,
        long stationId,
        long organizationId,
        String stationName,
        StationProblem problem,
        String comment) {}
