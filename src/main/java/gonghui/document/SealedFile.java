package gonghui.document;

import gonghui.shared.PersonalDataCipher;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A file that lies on disk encrypted (an uploaded roster, an attachment): files hold people's ID and mobile numbers.
 * Each file has its own AES-256 key, kept in the file's header wrapped by the personal-data key; the content is sealed
 * in 64 KiB segments with AES-GCM, each with its index and a last-segment flag in its nonce, so any segment can be read
 * on its own (an .xlsx is read at random positions) and a changed, reordered or cut file fails to decrypt instead of
 * being read wrongly.
 *
 * <p>Layout: {@code "GHR1"} (the format's name since sealed roster uploads, kept so files sealed earlier still open),
 * the wrapped key's length (2 bytes) and text, then the segments.
 */
public final class SealedFile {

    private static final byte[] MAGIC = "GHR1".getBytes(StandardCharsets.US_ASCII);
    private static final int SEGMENT = 64 * 1024;
    private static final int TAG = 16;
    private static final int KEY = 32;
    private static final int PREFIX = 7;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path path;
    private final SecretKeySpec key;
    private final byte[] noncePrefix;
    private final long headerLength;
    private final long segments;
    private final long size;

    private SealedFile(Path path, byte[] keyAndPrefix, long headerLength) throws IOException {
        this.path = path;
        this.key = new SecretKeySpec(keyAndPrefix, 0, KEY, "AES");
        this.noncePrefix = Arrays.copyOfRange(keyAndPrefix, KEY, KEY + PREFIX);
        this.headerLength = headerLength;
        long sealed = Files.size(path) - headerLength;
        this.segments = Math.max(1, (sealed + SEGMENT + TAG - 1) / (SEGMENT + TAG));
        this.size = sealed - segments * TAG;
        if (size < 0) {
            throw new IOException("Sealed file is cut short: " + path);
        }
    }

    /** Writes the content to {@code target}, sealed with a new key; returns the plain size. */
    public static long seal(InputStream content, Path target, PersonalDataCipher personalData) throws IOException {
        byte[] keyAndPrefix = new byte[KEY + PREFIX];
        RANDOM.nextBytes(keyAndPrefix);
        byte[] wrapped = personalData
                .encrypt(Base64.getEncoder().encodeToString(keyAndPrefix))
                .getBytes(StandardCharsets.US_ASCII);
        SecretKeySpec key = new SecretKeySpec(keyAndPrefix, 0, KEY, "AES");
        byte[] prefix = Arrays.copyOfRange(keyAndPrefix, KEY, KEY + PREFIX);
        long size = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(MAGIC);
            out.write(new byte[] {(byte) (wrapped.length >> 8), (byte) wrapped.length});
            out.write(wrapped);
            byte[] current = content.readNBytes(SEGMENT);
            for (long index = 0; ; index++) {
                byte[] next = current.length == SEGMENT ? content.readNBytes(SEGMENT) : new byte[0];
                boolean last = next.length == 0;
                out.write(cipher(Cipher.ENCRYPT_MODE, key, prefix, index, last).doFinal(current));
                size += current.length;
                if (last) {
                    return size;
                }
                current = next;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Opens a sealed file: reads its key with the personal-data key. */
    public static SealedFile open(Path path, PersonalDataCipher personalData) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(MAGIC.length);
            byte[] length = in.readNBytes(2);
            if (!Arrays.equals(magic, MAGIC) || length.length < 2) {
                throw new IOException("Not a sealed file: " + path);
            }
            byte[] wrapped = in.readNBytes(((length[0] & 0xFF) << 8) | (length[1] & 0xFF));
            byte[] keyAndPrefix =
                    Base64.getDecoder().decode(personalData.decrypt(new String(wrapped, StandardCharsets.US_ASCII)));
            return new SealedFile(path, keyAndPrefix, MAGIC.length + 2L + wrapped.length);
        }
    }

    /** The plain content's size in bytes. */
    public long size() {
        return size;
    }

    /** Reads the plain content from the start. */
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(newChannel());
    }

    /** Reads the plain content at any position. */
    public SeekableByteChannel newChannel() throws IOException {
        return new Reader(Files.newByteChannel(path, StandardOpenOption.READ));
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] prefix, long index, boolean last)
            throws GeneralSecurityException {
        byte[] nonce = Arrays.copyOf(prefix, 12);
        nonce[7] = (byte) (index >>> 24);
        nonce[8] = (byte) (index >>> 16);
        nonce[9] = (byte) (index >>> 8);
        nonce[10] = (byte) index;
        nonce[11] = (byte) (last ? 1 : 0);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
        return cipher;
    }

    /** Reads the plain content at any position, one decrypted segment at a time. */
    private final class Reader implements SeekableByteChannel {
        private final SeekableByteChannel sealed;
        private final ByteBuffer segmentBuffer = ByteBuffer.allocate(SEGMENT + TAG);
        private byte[] plain;
        private long plainIndex = -1;
        private long position;

        Reader(SeekableByteChannel sealed) {
            this.sealed = sealed;
        }

        @Override
        public int read(ByteBuffer target) throws IOException {
            if (position >= size) {
                return -1;
            }
            int read = 0;
            while (target.hasRemaining() && position < size) {
                long index = position / SEGMENT;
                if (index != plainIndex) {
                    plain = decrypt(index);
                    plainIndex = index;
                }
                int offset = (int) (position - index * SEGMENT);
                int count = Math.min(target.remaining(), plain.length - offset);
                target.put(plain, offset, count);
                position += count;
                read += count;
            }
            return read;
        }

        private byte[] decrypt(long index) throws IOException {
            segmentBuffer.clear();
            sealed.position(headerLength + index * (SEGMENT + TAG));
            while (segmentBuffer.hasRemaining() && sealed.read(segmentBuffer) >= 0) {
                // fill the segment
            }
            segmentBuffer.flip();
            if (segmentBuffer.remaining() < TAG) {
                throw new EOFException("Sealed file is cut short: " + path);
            }
            try {
                return cipher(Cipher.DECRYPT_MODE, key, noncePrefix, index, index == segments - 1)
                        .doFinal(segmentBuffer.array(), 0, segmentBuffer.remaining());
            } catch (GeneralSecurityException e) {
                throw new IOException("Sealed file was changed or cut: " + path, e);
            }
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            if (newPosition < 0) {
                throw new IllegalArgumentException("Negative position");
            }
            this.position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int write(ByteBuffer source) {
            throw new NonWritableChannelException();
        }

        @Override
        public SeekableByteChannel truncate(long newSize) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return sealed.isOpen();
        }

        @Override
        public void close() throws IOException {
            sealed.close();
        }
    }
}
