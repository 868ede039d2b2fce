package gonghui.memberservice;

import java.time.Instant;

/** A code sent (or, in demo mode, shown): when it ends, and the code itself only in demo mode. */
public record IssuedCode(Instant expiresAt, String demoCode) {}
