package gonghui.memberservice;

import gonghui.organization.UnionDirectory;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import java.time.Clock;
import java.time.LocalDate;
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

/**
 * Joining on the phone: find the employer's union (or the district's federation), fill in the form once, and follow
 * the review. A member who changed jobs files a transfer the same way.
 */
@Controller
record JoinPageController(
        JoinApplications applications, UnionDirectory unions, PersonalDataCipher cipher, Texts texts, Clock clock) {

    static final String JOIN = MyPageController.MY + "/join";
    private static final int SEARCH_RESULTS = 20;

    @GetMapping(JOIN)
    String showForm(@RequestParam(required = false) String employer, Worker worker, Model model) {
        return form(JoinForm.empty(UUID.randomUUID().toString()), employer, worker, model, Map.of());
    }

    @PostMapping(JOIN)
    String submit(
            @ModelAttribute JoinForm form,
            @RequestParam(required = false) String employer,
            Worker worker,
            Model model) {
        boolean transfer = applications.isMember(worker);
        Map<String, String> problems = new LinkedHashMap<>();
        ApplicantCheck.problems(form, worker, applications.provenMobile(worker), cipher, LocalDate.now(clock))
                .forEach((field, problem) -> problems.put(field, texts.of(problem)));
        if (form.organizationId() == null && form.territorialId() == null && isBlank(form.employerCreditCode())) {
            problems.put("organizationId", texts.of("joining.rejected.chooseUnion"));
        }
        if (problems.isEmpty()) {
            try {
                long id = transfer ? applications.requestTransfer(form, worker) : applications.submit(form, worker);
                return "redirect:" + JOIN + "/" + id;
            } catch (RejectedException e) {
                problems.put(e.field(), texts.of(e));
            }
        }
        return form(form, employer, worker, model, problems);
    }

    @GetMapping(JOIN + "/{id}")
    String showStatus(@PathVariable long id, Worker worker, Model model) {
        model.addAttribute("application", applications.mine(id, worker));
        model.addAttribute("timeline", applications.timeline(id));
        return "memberservice/join-status";
    }

    private String form(JoinForm form, String employer, Worker worker, Model model, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("employer", employer == null ? "" : employer);
        model.addAttribute("found", unions.grassrootsUnions(employer, SEARCH_RESULTS));
        model.addAttribute("territorial", unions.territorialFederations());
        model.addAttribute("problems", problems);
        model.addAttribute("worker", worker);
        model.addAttribute("transfer", applications.isMember(worker));
        model.addAttribute("mobileProven", applications.provenMobile(worker) != null);
        model.addAttribute(
                "chosen",
                form.organizationId() == null
                        ? null
                        : unions.applicableUnion(form.organizationId()).orElse(null));
        return "memberservice/join";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
