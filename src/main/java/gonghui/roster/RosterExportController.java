package gonghui.roster;

import gonghui.access.CurrentUser;
import gonghui.document.Downloads;
import gonghui.member.MemberFilter;
import gonghui.member.MemberQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of the member list as the user filtered it. */
@Controller
record RosterExportController(RosterExport export) {

    @GetMapping("/members/export.{format}")
    void exportMembers(
            @PathVariable String format,
            @ModelAttribute MemberFilter filter,
            CurrentUser user,
            HttpServletResponse response) {
        download(export, RosterExport.ExportFormat.parse(format), filter.toQuery(null), user, response);
    }

    static void download(
            RosterExport export,
            RosterExport.ExportFormat format,
            MemberQuery query,
            CurrentUser user,
            HttpServletResponse response) {
        export.checkScope(query, user);
        export.audit(query, format, user);
        Downloads.send(
                response,
                "会员名册-" + LocalDate.now() + "." + format.extension(),
                format.contentType(),
                out -> export.write(query, format, user, out));
    }
}
