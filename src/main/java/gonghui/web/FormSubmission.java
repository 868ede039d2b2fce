package gonghui.web;

import gonghui.shared.RejectedException;
import gonghui.shared.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * The course of a posted page form: fields that did not bind, or a refusal of the command, show the form again with
 * the problem on its field; otherwise the command's answer (a redirect).
 */
public final class FormSubmission {

    private FormSubmission() {}

    /** The fields that did not bind (a date or number in the wrong format), each with its problem. */
    public static Map<String, String> bindingProblems(BindingResult binding, Texts texts) {
        Map<String, String> problems = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> problems.put(error.getField(), texts.of("form.rejected.format")));
        return problems;
    }

    /**
     * A step taken on a record's page (approve, close, rate …): back to {@code page} when it is done, the record's
     * page with the refusal when it is refused.
     */
    public static String step(String page, Runnable command, Function<RejectedException, String> showRefusal) {
        try {
            command.run();
            return "redirect:" + page;
        } catch (RejectedException e) {
            return showRefusal.apply(e);
        }
    }

    /** Runs the command if every field bound; {@code showForm} gets the problems when not, or when it is refused. */
    public static String submit(
            BindingResult binding,
            Texts texts,
            Supplier<String> command,
            Function<Map<String, String>, String> showForm) {
        Map<String, String> problems = bindingProblems(binding, texts);
        if (!problems.isEmpty()) {
            return showForm.apply(problems);
        }
        try {
            return command.get();
        } catch (RejectedException e) {
            return showForm.apply(Map.of(e.field(), texts.of(e)));
        }
    }
}
