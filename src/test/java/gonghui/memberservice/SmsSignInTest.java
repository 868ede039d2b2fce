package gonghui.memberservice;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import gonghui.notification.SmsGateway;
import gonghui.shared.DemoMode;
import gonghui.shared.RejectedException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class SmsSignInTest {

    @Test
    void withoutAnSmsProviderOutsideDemoModeNoCodeIsPretendedToBeSent() {
        SmsGateway sms = mock(SmsGateway.class);
        when(sms.isConfigured()).thenReturn(false);
        DemoMode production = mock(DemoMode.class);
        when(production.isActive()).thenReturn(false);
        var signIn = new SmsSignIn(
                null, null, sms, production, new MemberAuthSettings(null, 0, 0, 0, null), Clock.systemUTC());

        assertThatThrownBy(() -> signIn.sendCode("13912345678", "10.0.0.1"))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.getCodes())
                                .containsExactly("memberAuth.rejected.smsNotConfigured"));
    }
}
