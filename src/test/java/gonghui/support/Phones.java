package gonghui.support;

import gonghui.memberservice.IssuedCode;
import gonghui.memberservice.SmsSignIn;
import java.util.concurrent.atomic.AtomicInteger;

/** Workers signed in as the phone signs them in, each from an address of its own (the per-address limit holds). */
public final class Phones {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private Phones() {}

    /** The worker's session token after asking for a code and entering it (the demo code). */
    public static String signIn(SmsSignIn signIn, String mobile) {
        int n = ADDRESSES.incrementAndGet();
        IssuedCode code = signIn.sendCode(mobile, "198.51." + (100 + n / 250 % 100) + "." + n % 250);
        return signIn.signIn(mobile, code.demoCode());
    }
}
