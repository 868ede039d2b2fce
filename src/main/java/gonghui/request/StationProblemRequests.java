package gonghui.request;

import gonghui.station.StationProblemReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A problem reported at a service station becomes a request for help (服务帮扶) to the union that runs the station,
 * which is told in its inbox; a second delivery of the same report files nothing.
 */
@Component
class StationProblemRequests {

    private final Requests requests;

    StationProblemRequests(Requests requests) {
        this.requests = requests;
    }

    @ApplicationModuleListener
    void on(StationProblemReported report) {
        requests.fileStationProblem(report);
    }
}
