package gonghui.member;

/** The member category used in union statistics. */
public enum MemberCategory {
    /** 职工. */
    EMPLOYEE,
    /** 农民工. */
    MIGRANT_WORKER,
    /** 新就业形态劳动者: requires an {@link Occupation}. */
    NEW_EMPLOYMENT_FORM,
    /** 劳模. */
    MODEL_WORKER;

    public boolean requiresOccupation() {
        return this == NEW_EMPLOYMENT_FORM;
    }
}
