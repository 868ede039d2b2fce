package gonghui.member;

import gonghui.access.CurrentUser;
import gonghui.shared.RejectedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "members")
record MemberApiController(MemberDirectory directory, MemberRegistration registration, Membership membership) {

    @GetMapping("/api/v1/members")
    @Operation(summary = "Search members in the caller's subtree: name, pinyin initials, full ID or mobile number")
    MemberDirectory.MemberPage listMembers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) MemberStatus status,
            @RequestParam(required = false) MemberCategory category,
            @RequestParam(required = false) String cursor,
            CurrentUser user) {
        return directory.search(new MemberQuery(q, org, status, category, parseCursor(cursor)), user);
    }

    @GetMapping("/api/v1/members/{id}")
    MemberDetails showMember(@PathVariable long id, CurrentUser user) {
        return directory.get(id, user);
    }

    @GetMapping("/api/v1/members/{id}/history")
    @Operation(summary = "The member's history, oldest first: joining, then every change since")
    java.util.List<MembershipEvent> showHistory(@PathVariable long id, CurrentUser user) {
        return directory.history(id, user);
    }

    @GetMapping("/api/v1/members/{id}/personal-data")
    @Operation(summary = "Full ID and mobile numbers, for roles allowed to see them; every call is audited")
    MemberDirectory.PersonalNumbers showPersonalData(@PathVariable long id, CurrentUser user) {
        return directory.reveal(id, user);
    }

    @PostMapping("/api/v1/members")
    ResponseEntity<MemberDetails> createMember(@RequestBody NewMember input, CurrentUser user) {
        long id = registration.register(input, user);
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(directory.get(id, user));
    }

    @PatchMapping("/api/v1/members/{id}")
    @Operation(summary = "Correct personal details, or change membership with organizationId / status")
    MemberDetails updateMember(@PathVariable long id, @RequestBody MemberPatch patch, CurrentUser user) {
        MemberDetails current = directory.get(id, user);
        if (patch.changesDetails()) {
            membership.correct(id, patch.version(), patch.details(), user);
        }
        if (patch.organizationId() != null && patch.organizationId() != current.organizationId()) {
            membership.transfer(id, patch.organizationId(), patch.on(), patch.note(), user);
        }
        if (patch.status() != null && patch.status() != current.status()) {
            switch (patch.status()) {
                case RETAINED -> membership.retain(id, patch.on(), patch.note(), user);
                case WITHDRAWN -> membership.withdraw(id, patch.on(), patch.note(), user);
                case ACTIVE -> {
                    if (current.status() == MemberStatus.RETAINED) {
                        membership.restore(id, patch.on(), patch.note(), user);
                    } else {
                        membership.rejoin(id, current.organizationId(), patch.on(), user);
                    }
                }
            }
        }
        return directory.get(id, user);
    }

    private static Long parseCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new RejectedException("cursor", "member.rejected.cursor");
        }
    }

    /** Fields to change; absent fields stay as they are. */
    record MemberPatch(
            String name,
            String idNumber,
            String mobile,
            MemberCategory category,
            Occupation occupation,
            String employerName,
            String ethnicity,
            String education,
            Long organizationId,
            MemberStatus status,
            LocalDate on,
            String note,
            Integer version) {

        boolean changesDetails() {
            return name != null
                    || idNumber != null
                    || mobile != null
                    || category != null
                    || occupation != null
                    || employerName != null
                    || ethnicity != null
                    || education != null;
        }

        NewMember details() {
            return new NewMember(
                    name, idNumber, mobile, null, category, occupation, employerName, ethnicity, education, null);
        }
    }
}
