package gonghui.access;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Up to which amount (yuan) a user may approve a payment at each organisation level, from
 * {@code gonghui.permissions.approval-limit.<level>}; levels not configured keep the defaults (province 200,000,
 * city 20,000, district 5,000, grassroots 1,000). A lower level may never approve more than a higher one.
 */
@ConfigurationProperties("gonghui.permissions")
record ApprovalLimits(Map<OrganizationLevel, BigDecimal> approvalLimit) {

    static final Map<OrganizationLevel, BigDecimal> DEFAULTS = Map.of(
            OrganizationLevel.PROVINCE, new BigDecimal("200000"),
            OrganizationLevel.CITY, new BigDecimal("20000"),
            OrganizationLevel.DISTRICT, new BigDecimal("5000"),
            OrganizationLevel.GRASSROOTS, new BigDecimal("1000"));

    ApprovalLimits {
        Map<OrganizationLevel, BigDecimal> limits = new EnumMap<>(DEFAULTS);
        if (approvalLimit != null) {
            limits.putAll(approvalLimit);
        }
        BigDecimal above = null;
        for (OrganizationLevel level : OrganizationLevel.values()) {
            BigDecimal limit = limits.get(level);
            if (limit.signum() < 0) {
                throw new IllegalArgumentException("gonghui.permissions.approval-limit." + level + " is negative");
            }
            if (above != null && limit.compareTo(above) > 0) {
                throw new IllegalArgumentException("gonghui.permissions.approval-limit." + level + " (" + limit
                        + ") is higher than the limit of the level above (" + above + ")");
            }
            above = limit;
        }
        approvalLimit = Map.copyOf(limits);
    }

    static ApprovalLimits defaults() {
        return new ApprovalLimits(null);
    }

    BigDecimal at(OrganizationLevel level) {
        return approvalLimit.get(level);
    }
}
