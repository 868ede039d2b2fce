package gonghui.organization;

import gonghui.shared.CreditCode;
import gonghui.shared.InvalidIdentifierException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** What is entered to create or edit a node; {@link #problems} names each wrong field in Chinese. */
public record OrganizationForm(
        String name,
        OrganizationKind kind,
        String regionCode,
        String chairName,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishedOn,
        String employerName,
        String creditCode,
        Integer employeeCount) {

    public OrganizationForm {
        name = trimToNull(name);
        regionCode = trimToNull(regionCode);
        chairName = trimToNull(chairName);
        employerName = trimToNull(employerName);
        creditCode = trimToNull(creditCode);
    }

    static OrganizationForm empty(OrganizationKind kind) {
        return new OrganizationForm(null, kind, null, null, null, null, null, null);
    }

    static OrganizationForm of(OrganizationDetails details) {
        var summary = details.summary();
        return new OrganizationForm(
                summary.name(),
                summary.kind(),
                summary.regionCode(),
                details.chairName(),
                details.establishedOn(),
                details.employerName(),
                details.employerCreditCode(),
                details.employeeCount());
    }

    Map<String, String> problems(OrganizationKind parentKind, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null) {
            problems.put("name", "请填写组织名称");
        } else if (name.length() > 200) {
            problems.put("name", "组织名称不能超过200个字");
        }
        if (kind == null) {
            problems.put("kind", "请选择组织类型");
        } else if (parentKind != null && !parentKind.mayContain(kind)) {
            problems.put("kind", "该上级组织下不能建立此类型的组织");
        }
        if (chairName != null && chairName.length() > 50) {
            problems.put("chairName", "工会主席姓名不能超过50个字");
        }
        if (employerName != null && employerName.length() > 200) {
            problems.put("employerName", "单位名称不能超过200个字");
        }
        if (regionCode != null && !regionCode.matches("\\d{6}")) {
            problems.put("regionCode", "行政区划代码应为6位数字");
        }
        if (establishedOn != null && establishedOn.isAfter(today)) {
            problems.put("establishedOn", "成立日期不能晚于今天");
        }
        if (creditCode != null) {
            try {
                CreditCode.parse(creditCode);
            } catch (InvalidIdentifierException e) {
                problems.put("creditCode", e.getMessage());
            }
            if (employerName == null) {
                problems.put("employerName", "填写统一社会信用代码时须同时填写单位名称");
            }
        }
        if (employeeCount != null && employeeCount < 0) {
            problems.put("employeeCount", "职工人数不能为负数");
        }
        return problems;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
