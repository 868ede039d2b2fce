package gonghui.roster;

import gonghui.account.CurrentUser;
import gonghui.member.MemberFilter;
import gonghui.member.MemberQuery;
import gonghui.organization.OrganizationTree;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Downloads of the member list as the user filtered it. */
@Controller
class RosterExportController {

    private final RosterExport export;
    private final OrganizationTree tree;

    RosterExportController(RosterExport export, OrganizationTree tree) {
        this.export = export;
        this.tree = tree;
    }

    @GetMapping("/members/export.{format}")
    ResponseEntity<StreamingResponseBody> exportMembers(
            @PathVariable String format, @ModelAttribute MemberFilter filter, CurrentUser user) {
        if (filter.org() != null) {
            tree.get(filter.org(), user);
        }
        return download(export, RosterExport.ExportFormat.parse(format), filter.toQuery(null), user);
    }

    static ResponseEntity<StreamingResponseBody> download(
            RosterExport export, RosterExport.ExportFormat format, MemberQuery query, CurrentUser user) {
        export.audit(query, format, user);
        return RosterDownloads.file(
                "会员名册-" + LocalDate.now() + "." + format.extension(),
                MediaType.parseMediaType(format.contentType()),
                out -> export.write(query, format, user, out));
    }
}
