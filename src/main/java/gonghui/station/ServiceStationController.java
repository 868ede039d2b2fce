package gonghui.station;

import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public station finder: the nearest stations open now, from the phone's location or a chosen area. */
@Controller
record ServiceStationController(
        StationFinder finder,
        Stations stations,
        StationVisits visits,
        StationFeedbackLog feedback,
        ClientAddress clientAddress,
        Texts texts,
        StationSettings settings,
        Clock clock) {

    static final String FINDER = "/service-stations";

    @GetMapping(FINDER)
    String showNearest(
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lng,
            @RequestParam(required = false) Long area,
            @RequestParam(defaultValue = "false") boolean all,
            Model model) {
        boolean openNow = !all;
        List<StationArea> areas = stations.areas().stream()
                .sorted(Comparator.comparing(StationArea::name))
                .toList();
        StationArea chosen = area == null
                ? null
                : areas.stream()
                        .filter(a -> a.organizationId() == area)
                        .findFirst()
                        .orElse(null);
        Double latitude = lat != null ? lat : chosen == null ? null : chosen.latitude();
        Double longitude = lng != null ? lng : chosen == null ? null : chosen.longitude();
        model.addAttribute("areas", areas);
        model.addAttribute("area", chosen);
        model.addAttribute("openNow", openNow);
        model.addAttribute("radiusKm", settings.searchRadiusKm());
        model.addAttribute("mapTiles", settings.mapTiles());
        model.addAttribute("mapAttribution", settings.mapAttribution());
        model.addAttribute("located", lat != null && lng != null);
        model.addAttribute(
                "nearby",
                latitude == null || longitude == null
                        ? null
                        : finder.nearby(latitude, longitude, LocalDateTime.now(clock), openNow, 0));
        return "station/finder";
    }

    /** A worker at the station checks in (after scanning its poster): one more visit today. */
    @PostMapping(FINDER + "/{code}/check-in")
    String checkIn(@PathVariable String code, RedirectAttributes redirect) {
        Station station = stations.findActive(code).orElseThrow(() -> new NotFoundException("station", code));
        visits.checkIn(station.id());
        redirect.addFlashAttribute("checkedIn", true);
        return "redirect:" + FINDER + "/" + code;
    }

    /** A worker's stars, comment or problem report, anonymous. */
    @PostMapping(FINDER + "/{code}/feedback")
    String giveFeedback(
            @PathVariable String code,
            @RequestParam(required = false) Integer rating,
            @RequestParam(required = false) StationProblem problem,
            @RequestParam(required = false) String comment,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Station station = stations.findActive(code).orElseThrow(() -> new NotFoundException("station", code));
        try {
            feedback.record(station, new StationFeedback.Form(rating, problem, comment), clientAddress.of(request));
            redirect.addFlashAttribute("thanked", true);
        } catch (RejectedException e) {
            redirect.addFlashAttribute("feedbackProblem", texts.of(e));
        }
        return "redirect:" + FINDER + "/" + code;
    }

    @GetMapping(FINDER + "/{code}")
    String showStation(@PathVariable String code, Model model) {
        Station station = stations.findActive(code).orElseThrow(() -> new NotFoundException("station", code));
        LocalDateTime now = LocalDateTime.now(clock);
        model.addAttribute("station", station);
        model.addAttribute("openNow", station.hours().isOpenAt(now));
        model.addAttribute("today", now.toLocalDate());
        model.addAttribute(
                "navigationUrl",
                finder.navigationUrl(
                        station.name(),
                        station.latitude().doubleValue(),
                        station.longitude().doubleValue()));
        model.addAttribute("rating", feedback.rating(station.id()));
        model.addAttribute("problems", StationProblem.values());
        for (String flash : new String[] {"checkedIn", "thanked"}) {
            if (!model.containsAttribute(flash)) {
                model.addAttribute(flash, false);
            }
        }
        if (!model.containsAttribute("feedbackProblem")) {
            model.addAttribute("feedbackProblem", null);
        }
        return "station/public";
    }
}
