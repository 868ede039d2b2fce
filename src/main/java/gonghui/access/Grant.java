package gonghui.access;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One capability a user holds, where it applies and, for a {@link Capability#isLimited() limited} capability, at
 * which organisation level and up to which amount (yuan).
 */
public record Grant(Capability capability, Scope scope, OrganizationLevel level, BigDecimal amountLimit)
        implements Serializable {

    public Grant {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(scope, "scope");
        if (capability.isLimited() != (level != null && amountLimit != null)) {
            throw new IllegalArgumentException(
                    capability + (capability.isLimited() ? " needs" : " takes no") + " level and amount limit");
        }
    }

    static Grant unlimited(Capability capability, Scope scope) {
        return new Grant(capability, scope, null, null);
    }

    /** Whether this grant allows acting on {@code amount} yuan as the approver at {@code at} level. */
    public boolean permits(BigDecimal amount, OrganizationLevel at) {
        return level == at && amount.signum() >= 0 && amount.compareTo(amountLimit) <= 0;
    }
}
