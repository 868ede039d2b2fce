package gonghui.campaign.review;

import gonghui.shared.RejectedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.web.multipart.MultipartFile;

/** The text of an uploaded report file: UTF-8 (with or without BOM), else GB18030 as older Chinese files are. */
final class UploadedText {

    private static final int MAX_BYTES = 1_000_000;

    private UploadedText() {}

    static String of(MultipartFile file) {
        if (file.getSize() > MAX_BYTES) {
            throw new RejectedException("file", "campaign.rejected.uploadTooLarge");
        }
        try {
            return decode(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String decode(byte[] bytes) {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
            try {
                String text = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw new RejectedException("file", "campaign.rejected.unknownEncoding");
    }
}
