package gonghui.station;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import gonghui.shared.Texts;
import gonghui.web.FormSubmission;
import gonghui.web.NavigationEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry pages for cadres: the stations of their subtree, registering and changing one. */
@Controller
record StationController(
        Stations stations,
        StationVisits visits,
        StationPoster poster,
        StationFeedbackLog feedback,
        OrganizationTree tree,
        StationSettings settings,
        Texts texts) {

    /** This module's entry in the navigation bar. */
    @Bean
    static NavigationEntry stationNavigationEntry() {
        return new NavigationEntry("/stations", "nav.stations", 45, Capability.VIEW_RECORDS);
    }

    @GetMapping("/stations")
    String showStations(@RequestParam(required = false) Long org, CurrentUser user, Model model) {
        OrganizationSummary scope = tree.get(org == null ? user.organizationId() : org, user);
        model.addAttribute("scope", scope);
        List<Station> list = stations.list(scope.id(), user);
        model.addAttribute("stations", list);
        var figures = visits.figures(list.stream().map(Station::id).toList());
        model.addAttribute("visits", figures);
        model.addAttribute(
                "totals",
                new StationTotals(
                        list.size(),
                        list.stream()
                                .filter(s -> s.status() == StationStatus.ACTIVE)
                                .count(),
                        list.stream()
                                .filter(s -> s.status() == StationStatus.ACTIVE
                                        && s.hours().allDay())
                                .count(),
                        figures.values().stream().mapToLong(VisitFigures::today).sum(),
                        figures.values().stream()
                                .mapToLong(VisitFigures::lastThirtyDays)
                                .sum()));
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS));
        return "station/list";
    }

    @GetMapping("/stations/new")
    String initRegistrationForm(@RequestParam(required = false) Long org, CurrentUser user, Model model) {
        user.require(Capability.MANAGE_RECORDS);
        OrganizationSummary union = tree.get(org == null ? user.organizationId() : org, user);
        return showForm(model, null, StationForm.empty(union.id()), union, Map.of());
    }

    @PostMapping("/stations/new")
    String processRegistrationForm(
            @ModelAttribute StationForm form, BindingResult binding, CurrentUser user, Model model) {
        OrganizationSummary union =
                tree.get(form.organizationId() == null ? user.organizationId() : form.organizationId(), user);
        return FormSubmission.submit(
                binding,
                texts,
                () -> "redirect:/stations/" + stations.register(form, user) + "/edit?saved",
                problems -> showForm(model, null, form, union, problems));
    }

    @GetMapping("/stations/{id}/edit")
    String initUpdateForm(@PathVariable long id, CurrentUser user, Model model) {
        Station station = stations.get(id, user);
        return showForm(model, station, StationForm.of(station), tree.get(station.organizationId(), user), Map.of());
    }

    @PostMapping("/stations/{id}/edit")
    String processUpdateForm(
            @PathVariable long id,
            @RequestParam int version,
            @ModelAttribute StationForm form,
            BindingResult binding,
            CurrentUser user,
            Model model) {
        Station station = stations.get(id, user);
        return FormSubmission.submit(
                binding,
                texts,
                () -> {
                    stations.update(id, form, version, user);
                    return "redirect:/stations/" + id + "/edit?saved";
                },
                problems -> showForm(model, station, form, tree.get(station.organizationId(), user), problems));
    }

    /** The A4 poster with the station's QR code, to print and hang at its door. */
    @GetMapping("/stations/{id}/poster.pdf")
    ResponseEntity<byte[]> downloadPoster(@PathVariable long id, CurrentUser user, java.util.Locale locale) {
        Station station = stations.get(id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(station.code() + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(poster.render(station, locale));
    }

    private String showForm(
            Model model, Station existing, StationForm form, OrganizationSummary union, Map<String, String> problems) {
        model.addAttribute("existing", existing);
        model.addAttribute("feedback", existing == null ? List.of() : feedback.recent(existing.id(), 20));
        model.addAttribute("rating", existing == null ? StationFeedback.Rating.NONE : feedback.rating(existing.id()));
        model.addAttribute("form", form);
        model.addAttribute("union", union);
        model.addAttribute("facilities", settings.facilities());
        model.addAttribute("problems", problems);
        return "station/form";
    }
}
