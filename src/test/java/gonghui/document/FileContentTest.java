package gonghui.document;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.shared.PersonalDataCipher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentTest {

    private static final PersonalDataCipher KEYS = new PersonalDataCipher(key(1), key(2));

    @TempDir
    Path dir;

    @Test
    void eachAllowedKindIsRecognisedByItsContent() throws IOException {
        assertThat(examine(SampleFiles.pdf()).kind()).isEqualTo(AttachmentKind.PDF);
        assertThat(examine(SampleFiles.image("png")).kind()).isEqualTo(AttachmentKind.PNG);
        assertThat(examine(SampleFiles.image("jpeg")).kind()).isEqualTo(AttachmentKind.JPEG);
        assertThat(examine(SampleFiles.docx()).kind()).isEqualTo(AttachmentKind.DOCX);
        assertThat(examine(SampleFiles.xlsx()).kind()).isEqualTo(AttachmentKind.XLSX);
        assertThat(examine(SampleFiles.text("会议纪要\r\n一、传达学习\t全会精神\n", "UTF-8")).kind())
                .isEqualTo(AttachmentKind.TEXT);
        assertThat(examine(SampleFiles.text("会议纪要：传达学习全会精神", "GB18030")).kind())
                .as("text saved by a Chinese Windows editor")
                .isEqualTo(AttachmentKind.TEXT);
    }

    @Test
    void programsAreRecognisedWhateverTheyAreCalled() throws IOException {
        assertThat(examine(SampleFiles.windowsProgram()).executable()).isTrue();
        assertThat(examine(SampleFiles.linuxProgram()).executable()).isTrue();
        assertThat(examine(SampleFiles.text("#!/bin/sh\nrm -rf /\n", "UTF-8")).executable())
                .isTrue();
        assertThat(examine(SampleFiles.docxWithMacros()).executable()).isTrue();
        assertThat(examine(SampleFiles.zip(Map.of(
                                "[Content_Types].xml",
                                "<Types/>",
                                "word/document.xml",
                                "<d/>",
                                "word/embeddings/setup.exe",
                                "MZ")))
                        .executable())
                .isTrue();
    }

    @Test
    void anythingElseIsNoKindAtAll() throws IOException {
        byte[] binary = new byte[2000];
        new java.util.Random(7).nextBytes(binary);
        binary[0] = 1;
        assertThat(examine(binary)).isEqualTo(FileContent.Verdict.UNKNOWN);
        assertThat(examine(SampleFiles.zip(Map.of("readme.txt", "hello"))))
                .as("a zip that is no Office package")
                .isEqualTo(FileContent.Verdict.UNKNOWN);
        assertThat(examine(SampleFiles.text("a\u0000b", "UTF-8"))).isEqualTo(FileContent.Verdict.UNKNOWN);
        assertThat(examine(Arrays.copyOf(SampleFiles.docx(), 300)))
                .as("a Word file cut short")
                .isEqualTo(FileContent.Verdict.UNKNOWN);
    }

    private FileContent.Verdict examine(byte[] content) throws IOException {
        Path file = dir.resolve("f" + System.nanoTime());
        SealedFile.seal(new ByteArrayInputStream(content), file, KEYS);
        return FileContent.examine(SealedFile.open(file, KEYS));
    }

    private static byte[] key(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
