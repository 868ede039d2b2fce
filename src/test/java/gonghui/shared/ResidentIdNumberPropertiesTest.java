package gonghui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of resident ID numbers, checked on many seeded random samples so that a failure can be replayed. */
class ResidentIdNumberPropertiesTest {

    private static final List<String> REGION_CODES =
            List.of("110105", "120101", "210102", "211402", "310115", "440524", "500381", "659001", "810000", "921840");

    private static final String CHARACTERS = "0123456789X";

    @Test
    void everyBuiltNumberParsesBackToItsParts() {
        Random random = new Random(11643);
        for (int i = 0; i < 20_000; i++) {
            String regionCode = REGION_CODES.get(random.nextInt(REGION_CODES.size()));
            LocalDate birthDate = randomBirthDate(random);
            int sequence = random.nextInt(500);
            Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;

            ResidentIdNumber built = ResidentIdNumber.of(regionCode, birthDate, sequence, gender);
            ResidentIdNumber parsed = ResidentIdNumber.parse(built.value());

            assertThat(parsed).as(built.value()).isEqualTo(built);
            assertThat(parsed.regionCode()).isEqualTo(regionCode);
            assertThat(parsed.birthDate()).isEqualTo(birthDate);
            assertThat(parsed.gender()).isEqualTo(gender);
        }
    }

    @Test
    void changingAnySingleCharacterMakesTheNumberInvalid() {
        Random random = new Random(1999);
        for (int i = 0; i < 500; i++) {
            String valid = ResidentIdNumber.of(
                            REGION_CODES.get(random.nextInt(REGION_CODES.size())),
                            randomBirthDate(random),
                            random.nextInt(500),
                            random.nextBoolean() ? Gender.MALE : Gender.FEMALE)
                    .value();
            for (int position = 0; position < valid.length(); position++) {
                for (char replacement : CHARACTERS.toCharArray()) {
                    if (replacement != valid.charAt(position)) {
                        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
                        assertThat(ResidentIdNumber.isValid(changed))
                                .as(changed)
                                .isFalse();
                    }
                }
            }
        }
    }

    private static LocalDate randomBirthDate(Random random) {
        LocalDate earliest = LocalDate.of(1850, 1, 1);
        long days = LocalDate.now().minusDays(1).toEpochDay() - earliest.toEpochDay();
        return earliest.plusDays((long) (random.nextDouble() * days));
    }
}
