package gonghui.request;

import gonghui.memberservice.Worker;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import gonghui.web.FormSubmission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The worker's requests on the phone: the list and a new one, and one request's progress, rating and reopening. */
@Controller
class MyRequestsController {

    static final String MY_REQUESTS = "/my/requests";

    private final Requests requests;
    private final Texts texts;

    MyRequestsController(Requests requests, Texts texts) {
        this.requests = requests;
        this.texts = texts;
    }

    @GetMapping(MY_REQUESTS)
    String showList(Worker worker, Model model) {
        return list(RequestForm.empty(UUID.randomUUID().toString()), worker, model, Map.of());
    }

    @PostMapping(MY_REQUESTS)
    String file(@ModelAttribute RequestForm form, Worker worker, Model model) {
        try {
            long id = requests.file(form, worker);
            return "redirect:" + MY_REQUESTS + "/" + id;
        } catch (RejectedException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            problems.put(e.field(), texts.of(e));
            return list(form, worker, model, problems);
        }
    }

    @GetMapping(MY_REQUESTS + "/{id}")
    String showRequest(@PathVariable long id, Worker worker, Model model) {
        return show(id, worker, model, null);
    }

    @PostMapping(MY_REQUESTS + "/{id}/rate")
    String rate(
            @PathVariable long id,
            @RequestParam(required = false) RequestRating rating,
            @RequestParam(required = false) String comment,
            Worker worker,
            Model model) {
        return FormSubmission.step(
                MY_REQUESTS + "/" + id,
                () -> requests.rate(id, rating, comment, worker),
                refusal -> show(id, worker, model, refusal));
    }

    @PostMapping(MY_REQUESTS + "/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, Worker worker, Model model) {
        return FormSubmission.step(
                MY_REQUESTS + "/" + id,
                () -> requests.reopen(id, reason, worker),
                refusal -> show(id, worker, model, refusal));
    }

    private String show(long id, Worker worker, Model model, RejectedException refusal) {
        Request request = requests.mine(id, worker);
        model.addAttribute("request", request);
        model.addAttribute("timeline", requests.timeline(request));
        model.addAttribute("error", refusal == null ? null : texts.of(refusal));
        return "request/my-request";
    }

    private String list(RequestForm form, Worker worker, Model model, Map<String, String> problems) {
        model.addAttribute("requests", requests.mine(worker));
        model.addAttribute("form", form);
        model.addAttribute("unions", requests.unionsFor(worker));
        model.addAttribute("mobileProven", requests.hasProvenMobile(worker));
        model.addAttribute("worker", worker);
        model.addAttribute("problems", problems);
        model.addAttribute("acceptWithin", requests.acceptWithinDays());
        return "request/my-requests";
    }
}
