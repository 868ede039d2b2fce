package gonghui.organization;

import gonghui.access.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "organizations")
record OrganizationApiController(OrganizationTree tree) {

    @GetMapping("/api/v1/organizations")
    @Operation(summary = "Children of a node; without parent, the children of the caller's own top node")
    Children listChildren(@RequestParam(required = false) Long parent, CurrentUser user) {
        long parentId = parent != null ? parent : user.organizationId();
        return new Children(tree.get(parentId, user), tree.children(parentId, user));
    }

    @GetMapping("/api/v1/organizations/{id}")
    @Operation(summary = "One node, with the member count of its whole subtree")
    OrganizationSummary showOrganization(@PathVariable long id, CurrentUser user) {
        return tree.get(id, user);
    }

    record Children(OrganizationSummary parent, List<OrganizationSummary> items) {}
}
