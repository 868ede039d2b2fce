package gonghui.request;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.document.Spreadsheet;
import gonghui.document.Spreadsheet.Column;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import gonghui.organization.UnionDirectory;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.FormSubmission;
import gonghui.web.NavigationEntry;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The request desk of a union: the requests of the cadre's subtree with their figures, one request with its
 * timeline and the forms to accept, transfer, handle and close it, and the 12351 line's form for a caller.
 */
@Controller
class RequestController {

    static final String PATH = "/requests";

    private final Requests requests;
    private final OrganizationTree tree;
    private final UnionDirectory unions;
    private final Texts texts;

    RequestController(Requests requests, OrganizationTree tree, UnionDirectory unions, Texts texts) {
        this.requests = requests;
        this.tree = tree;
        this.unions = unions;
        this.texts = texts;
    }

    /** The desk in the navigation bar, with the count of open requests. */
    @Bean
    static NavigationEntry requestsNavigationEntry(Requests requests) {
        return new NavigationEntry(PATH, "nav.requests", 27, Capability.VIEW_RECORDS, requests::countOpen);
    }

    @GetMapping(PATH)
    String showList(@RequestParam(required = false) RequestStatus status, CurrentUser user, Model model) {
        model.addAttribute("requests", requests.list(status, user));
        model.addAttribute("status", status);
        model.addAttribute("figures", requests.figures(null, user));
        return "request/requests";
    }

    /** The list as the desk shows it (status filter included), in the reader's language; contact numbers masked. */
    @GetMapping(PATH + ".xlsx")
    void exportList(
            @RequestParam(required = false) RequestStatus status, CurrentUser user, HttpServletResponse response) {
        List<Request> list = requests.list(status, user);
        String scope = tree.get(user.organizationId(), user).name();
        Spreadsheet.download(response, scope + "-" + texts.of("request.desk") + ".xlsx", workbook -> {
            Spreadsheet.Sheet sheet = workbook.sheet(
                    texts.of("request.desk"),
                    List.of(
                            Column.of(texts.of("request.number"), 8),
                            Column.of(texts.of("request.type"), 12),
                            Column.of(texts.of("request.description"), 50),
                            Column.of(texts.of("request.union"), 24),
                            Column.of(texts.of("request.channel"), 14),
                            Column.of(texts.of("request.contact"), 16),
                            Column.of(texts.of("request.filed"), 12),
                            Column.of(texts.of("request.complexity"), 10),
                            Column.of(texts.of("request.due"), 12),
                            Column.of(texts.of("request.status"), 10),
                            Column.of(texts.of("request.overdue"), 8),
                            Column.of(texts.of("request.transfers"), 8),
                            Column.of(texts.of("request.rating"), 12),
                            Column.of(texts.of("request.result"), 40)));
            for (Request r : list) {
                sheet.add(
                        r.id(),
                        label(r.type()),
                        r.description(),
                        r.organizationName(),
                        label(r.channel()),
                        r.contactMasked() == null ? "" : r.contactMasked(),
                        r.filedAt().toLocalDate(),
                        r.complexity() == null ? "" : label(r.complexity()),
                        r.isOpen() ? r.progress().dueOn() : null,
                        label(r.status()),
                        r.overdue() ? texts.of("request.overdue") : "",
                        r.transferCount(),
                        r.rating() == null ? "" : label(r.rating()),
                        r.result() == null ? "" : r.result());
            }
        });
    }

    private String label(Enum<?> value) {
        return texts.of(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    @GetMapping(PATH + "/new")
    String showHotlineForm(CurrentUser user, Model model) {
        return hotlineForm(RequestForm.empty(UUID.randomUUID().toString()), user, model, Map.of());
    }

    @PostMapping(PATH)
    String fileForCaller(@ModelAttribute RequestForm form, CurrentUser user, Model model) {
        try {
            long id = requests.fileForCaller(form, user);
            return "redirect:" + PATH + "/" + id;
        } catch (RejectedException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            problems.put(e.field(), texts.of(e));
            return hotlineForm(form, user, model, problems);
        }
    }

    @GetMapping(PATH + "/{id}")
    String showRequest(@PathVariable long id, CurrentUser user, Model model) {
        return show(id, user, model, null);
    }

    @PostMapping(PATH + "/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam(required = false) RequestComplexity complexity,
            @RequestParam(required = false) String note,
            CurrentUser user,
            Model model) {
        return step(id, user, model, () -> requests.accept(id, complexity, note, user));
    }

    @PostMapping(PATH + "/{id}/transfer")
    String transfer(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String reason,
            CurrentUser user,
            Model model) {
        requests.get(id, user);
        try {
            requests.transfer(id, organizationId, reason, user);
        } catch (RejectedException e) {
            return show(id, user, model, e);
        }
        return tree.isVisible(organizationId, user) ? "redirect:" + PATH + "/" + id : "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/handle")
    String handle(@PathVariable long id, @RequestParam(required = false) String note, CurrentUser user, Model model) {
        return step(id, user, model, () -> requests.handle(id, note, user));
    }

    @PostMapping(PATH + "/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String result, CurrentUser user, Model model) {
        return step(id, user, model, () -> requests.close(id, result, user));
    }

    private String step(long id, CurrentUser user, Model model, Runnable action) {
        return FormSubmission.step(PATH + "/" + id, action, refusal -> show(id, user, model, refusal));
    }

    private String show(long id, CurrentUser user, Model model, RejectedException refusal) {
        Request request = requests.get(id, user);
        model.addAttribute("request", request);
        model.addAttribute("timeline", requests.timeline(request));
        model.addAttribute("targets", request.isOpen() ? targets(request, user) : List.of());
        model.addAttribute("mayManage", user.may(Capability.MANAGE_RECORDS));
        model.addAttribute("error", refusal == null ? null : texts.of(refusal));
        model.addAttribute("errorField", refusal == null ? null : refusal.field());
        return "request/request";
    }

    /** Where a request may be transferred: the level above the union it sits with, its units, the cadre's units. */
    private List<OrganizationSummary> targets(Request request, CurrentUser user) {
        Map<Long, OrganizationSummary> targets = new LinkedHashMap<>();
        unions.parentOf(request.organizationId()).ifPresent(parent -> {
            String name = tree.names(List.of(parent)).get(parent);
            if (name != null) {
                targets.put(parent, new OrganizationSummary(parent, null, name, null, null, 0, 0));
            }
        });
        List<OrganizationSummary> below = new ArrayList<>(tree.children(request.organizationId(), user));
        if (user.organizationId() != request.organizationId()) {
            below.addAll(tree.children(user.organizationId(), user));
        }
        below.forEach(o -> targets.putIfAbsent(o.id(), o));
        targets.remove(request.organizationId());
        return List.copyOf(targets.values());
    }

    /** The form with the union chosen so far (the cadre's own at first) and the shared union picker for another. */
    private String hotlineForm(RequestForm form, CurrentUser user, Model model, Map<String, String> problems) {
        OrganizationSummary chosen = form.organizationId() == null
                ? null
                : tree.find(form.organizationId(), user).orElse(null);
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen != null ? chosen : tree.get(user.organizationId(), user));
        model.addAttribute("problems", problems);
        return "request/hotline";
    }
}
