package gonghui.demo;

/**
 * A seeded pseudo-random bijection of {@code [0, size)}, so that numbering things 0, 1, 2 … gives scattered but
 * never repeated values.
 *
 * <p>A four-round Feistel network shuffles the smallest even-width power of two that holds {@code size}; results
 * outside the range are fed through again (cycle walking), which keeps the mapping a bijection of the range.
 */
final class Permutation {

    private static final int ROUNDS = 4;

    private final long size;

    private final int halfBits;

    private final long halfMask;

    private final long[] roundKeys = new long[ROUNDS];

    Permutation(long size, long seed) {
        if (size < 1 || size > (1L << 62)) {
            throw new IllegalArgumentException("size out of range: " + size);
        }
        this.size = size;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << this.halfBits) - 1;
        long state = seed;
        for (int i = 0; i < ROUNDS; i++) {
            state += 0x9E3779B97F4A7C15L;
            this.roundKeys[i] = mix(state);
        }
    }

    long size() {
        return this.size;
    }

    long apply(long index) {
        if (index < 0 || index >= this.size) {
            throw new IndexOutOfBoundsException(index);
        }
        long value = index;
        do {
            value = shuffle(value);
        } while (value >= this.size);
        return value;
    }

    private long shuffle(long value) {
        long left = value >>> this.halfBits;
        long right = value & this.halfMask;
        for (long key : this.roundKeys) {
            long next = left ^ (mix(right ^ key) & this.halfMask);
            left = right;
            right = next;
        }
        return (left << this.halfBits) | right;
    }

    /** The SplitMix64 finaliser: a cheap, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
