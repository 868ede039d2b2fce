package gonghui.request;

/**
 * The requests of a subtree in figures: how many came in, how many are closed, the share closed by their due date,
 * the share of rated ones that were satisfied (非常满意, 满意 or 基本满意), and transfers per request.
 *
 * @param onTimeRate closed on time ÷ closed, null when none is closed
 * @param satisfaction satisfied ÷ rated, null when none is rated
 * @param transfersPerRequest transfers ÷ received, null when none came in
 */
public record RequestFigures(
        long received,
        long open,
        long overdue,
        long closed,
        long closedOnTime,
        long rated,
        long satisfied,
        long transfers,
        Double onTimeRate,
        Double satisfaction,
        Double transfersPerRequest) {

    static RequestFigures of(
            long received,
            long open,
            long overdue,
            long closed,
            long closedOnTime,
            long rated,
            long satisfied,
            long transfers) {
        return new RequestFigures(
                received,
                open,
                overdue,
                closed,
                closedOnTime,
                rated,
                satisfied,
                transfers,
                share(closedOnTime, closed),
                share(satisfied, rated),
                share(transfers, received));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
