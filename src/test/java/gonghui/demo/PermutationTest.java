package gonghui.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermutationTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 1000, 12_345, 65_536, 65_537, 300_001})
    void mapsTheRangeOntoItself(long size) {
        Permutation permutation = new Permutation(size, 42);
        BitSet seen = new BitSet((int) size);

        for (long i = 0; i < size; i++) {
            long value = permutation.apply(i);
            assertThat(value).isBetween(0L, size - 1);
            assertThat(seen.get((int) value)).as("%d repeated", value).isFalse();
            seen.set((int) value);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7})
    void dependsOnTheSeed(long seed) {
        Permutation permutation = new Permutation(1_000_000, seed);
        Permutation same = new Permutation(1_000_000, seed);
        Permutation other = new Permutation(1_000_000, seed + 1);

        assertThat(permutation.apply(5)).isEqualTo(same.apply(5));
        assertThat(permutation.apply(5)).isNotEqualTo(other.apply(5));
        assertThatThrownBy(() -> permutation.apply(1_000_000)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
