package gonghui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gonghui.shared.PersonalDataCipher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SealedFileTest {

    private static final PersonalDataCipher KEYS = new PersonalDataCipher(bytes(1), bytes(2));
    private static final String ROW = "张三,11010519491231002X,13812345678\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 200_000})
    void readsBackExactlyWhatWasSealedFromTheStartAndAtAnyPosition(int length) throws IOException {
        byte[] content = new byte[length];
        new Random(length).nextBytes(content);
        Path file = dir.resolve("upload");

        assertThat(SealedFile.seal(new ByteArrayInputStream(content), file, KEYS))
                .isEqualTo(length);

        SealedFile sealed = SealedFile.open(file, KEYS);
        assertThat(sealed.size()).isEqualTo(length);
        try (InputStream in = sealed.newInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (SeekableByteChannel channel = sealed.newChannel()) {
            for (int position : new int[] {length / 2, length - 1, 0, length / 3}) {
                if (position < 0) {
                    continue;
                }
                ByteBuffer buffer = ByteBuffer.allocate(Math.min(70_000, length - position));
                channel.position(position);
                while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                    // read on
                }
                assertThat(buffer.array())
                        .isEqualTo(Arrays.copyOfRange(content, position, position + buffer.capacity()));
            }
            channel.position(length);
            assertThat(channel.read(ByteBuffer.allocate(1))).isEqualTo(-1);
        }
    }

    @Test
    void theFileOnDiskHoldsNoNameIdOrMobileNumberInPlainText() throws IOException {
        Path file = dir.resolve("upload");
        SealedFile.seal(new ByteArrayInputStream(ROW.repeat(5_000).getBytes(StandardCharsets.UTF_8)), file, KEYS);

        String onDisk = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);

        assertThat(onDisk)
                .doesNotContain("11010519491231002X")
                .doesNotContain("13812345678")
                .doesNotContain(new String("张三".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aChangedByteOrACutFileFailsToReadInsteadOfGivingOtherRows() throws IOException {
        byte[] content = ROW.repeat(5_000).getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("upload");
        SealedFile.seal(new ByteArrayInputStream(content), file, KEYS);
        byte[] sealed = Files.readAllBytes(file);

        byte[] changed = sealed.clone();
        changed[changed.length / 2] ^= 1;
        Files.write(file, changed);
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(IOException.class);

        // cut at a segment boundary: what is left would decrypt, but not as the last segment
        int header = sealed.length - content.length - 16 * (content.length / 65_536 + 1);
        Files.write(file, Arrays.copyOf(sealed, header + 65_536 + 16));
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(IOException.class);
    }

    @Test
    void anotherInstallationsKeyCannotOpenIt() throws IOException {
        Path file = dir.resolve("upload");
        SealedFile.seal(new ByteArrayInputStream(ROW.getBytes(StandardCharsets.UTF_8)), file, KEYS);

        assertThatThrownBy(() -> SealedFile.open(file, new PersonalDataCipher(bytes(3), bytes(2))))
                .isInstanceOf(RuntimeException.class);
    }

    private static byte[] readAll(Path file) throws IOException {
        try (InputStream in = SealedFile.open(file, KEYS).newInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
