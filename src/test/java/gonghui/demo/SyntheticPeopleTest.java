package gonghui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.demo.SyntheticPeople.Person;
import gonghui.shared.Gender;
import gonghui.shared.MobileNumber;
import gonghui.shared.Pinyin;
import gonghui.shared.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticPeopleTest {

    @Test
    void makesValidPeopleWithUniqueIdAndMobileNumbers() {
        SyntheticPeople people = new SyntheticPeople(2024);
        Set<String> idNumbers = new HashSet<>();
        Set<String> mobiles = new HashSet<>();
        int men = 0;

        for (int i = 0; i < 100_000; i++) {
            Person person = people.next();
            String id = person.idNumber().value();
            assertThat(ResidentIdNumber.parse(id)).isEqualTo(person.idNumber());
            assertThat(MobileNumber.parse(person.mobile().value())).isEqualTo(person.mobile());
            assertThat(id).startsWith("21");
            assertThat(person.idNumber().birthDate()).isEqualTo(person.birthDate());
            assertThat(person.idNumber().gender()).isEqualTo(person.gender());
            assertThat(person.birthDate()).isBetween(LocalDate.of(1960, 1, 1), LocalDate.of(2004, 12, 31));
            assertThat(person.name()).matches("\\p{IsHan}{2,4}");
            assertThat(Pinyin.initials(person.name())).hasSizeBetween(2, 4);
            assertThat(idNumbers.add(id)).as("repeated ID number").isTrue();
            assertThat(mobiles.add(person.mobile().value()))
                    .as("repeated mobile")
                    .isTrue();
            men += person.gender() == Gender.MALE ? 1 : 0;
        }
        assertThat(men).isBetween(48_000, 52_000);
    }

    @Test
    void makesTheSamePeopleFromTheSameSeed() {
        assertThat(first(1_000, 7)).isEqualTo(first(1_000, 7)).isNotEqualTo(first(1_000, 8));
    }

    @Test
    void drawsCommonSurnamesMostOften() {
        SyntheticPeople people = new SyntheticPeople(1);
        int wang = 0;
        int rare = 0;
        for (int i = 0; i < 100_000; i++) {
            String name = people.next().name();
            wang += name.startsWith("王") ? 1 : 0;
            rare += name.startsWith("单") || name.startsWith("解") || name.startsWith("尉迟") ? 1 : 0;
        }
        assertThat(wang).isBetween(7_000, 10_000);
        assertThat(rare).isBetween(10, 200);
    }

    @Test
    void neverRepeatsAnIdOrMobileNumberInTenMillionPeople() {
        SyntheticPeople people = new SyntheticPeople(99);
        BitSet idNumbers = new BitSet((int) SyntheticPeople.capacity());
        Set<Long> mobileSample = new HashSet<>();

        for (long i = 0; i < 10_000_000; i++) {
            int id = (int) people.idNumberIndex(i);
            assertThat(idNumbers.get(id)).isFalse();
            idNumbers.set(id);
            if (i % 100 == 0) {
                mobileSample.add(people.mobileIndex(i));
            }
        }
        assertThat(mobileSample).hasSize(100_000);
        assertThat(SyntheticPeople.capacity()).isGreaterThan(10_000_000);
    }

    private static List<Person> first(int count, long seed) {
        SyntheticPeople people = new SyntheticPeople(seed);
        List<Person> first = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            first.add(people.next());
        }
        return first;
    }
}
