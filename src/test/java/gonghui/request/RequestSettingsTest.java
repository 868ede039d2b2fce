package gonghui.request;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.casework.TimeLimit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The time limits of requests come from configuration, each with its default when a province sets none. */
class RequestSettingsTest {

    @Test
    void unsetLimitsTakeTheDefaults() {
        RequestSettings settings = bind(Map.of());

        assertThat(settings.limitOf(RequestComplexity.ORDINARY)).isEqualTo(TimeLimit.workingDays(5));
        assertThat(settings.limitOf(RequestComplexity.DIFFICULT)).isEqualTo(TimeLimit.workingDays(10));
        assertThat(settings.limitOf(RequestComplexity.COMPLEX)).isEqualTo(TimeLimit.workingDays(20));
        assertThat(settings.acceptLimit()).isEqualTo(TimeLimit.workingDays(1));
        assertThat(settings.dueSoonLimit()).isEqualTo(TimeLimit.workingDays(1));
        assertThat(settings.maxReopens()).isEqualTo(2);
    }

    @Test
    void aProvinceSetsItsOwnDaysKeyByKey() {
        RequestSettings settings = bind(Map.of(
                "gonghui.requests.time-limits.difficult", "12",
                "gonghui.requests.accept-within", "2",
                "gonghui.requests.due-soon", "3",
                "gonghui.requests.max-reopens", "1"));

        assertThat(settings.limitOf(RequestComplexity.DIFFICULT)).isEqualTo(TimeLimit.workingDays(12));
        assertThat(settings.limitOf(RequestComplexity.ORDINARY))
                .as("the others keep their defaults")
                .isEqualTo(TimeLimit.workingDays(5));
        assertThat(settings.acceptLimit()).isEqualTo(TimeLimit.workingDays(2));
        assertThat(settings.dueSoonLimit()).isEqualTo(TimeLimit.workingDays(3));
        assertThat(settings.maxReopens()).isEqualTo(1);
    }

    private static RequestSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("gonghui.requests", RequestSettings.class);
    }
}
